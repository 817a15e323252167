"""Hand-written English negatives, part E: longer chats (group chats, planning, catching up)."""

CHATS = """
- friends_group_chat | group chat | A=peer/friend 14f | B=14f | C=peer/friend 14f | D=peer/friend 15f
A: hiiii
C: heyyy
D: sup
B: hi guys
A: ok who's coming to the fair saturday
C: me!!
D: i have a game till 2
A: we can go after
D: ok then yes
B: my mom said i can go if someone's parent is there
A: my mom is coming, she wants to ride the ferris wheel lol
B: ok perfect ill tell her
C: what time
A: 3?
D: 3 works
B: yay
C: im eating a whole funnel cake
D: im eating two
A: lmaooo
B: we should do the photo booth
C: YES
A: ok its a plan 🎡

- friends_group_chat | group chat | A=peer/friend 16m | B=16m | C=peer/friend 16m
A: yo
C: yo
B: sup
A: who finished the english reading
C: lol no
B: halfway
A: same the book is so slow
C: just read the summary
B: she'll know bro she always asks weird questions
A: like what color the door was 💀
C: LMAO
B: ok im reading tonight for real
A: me too
C: fine ill read too
A: accountability squad
B: check in at 9
C: ok
A: deal

- friends_group_chat | group chat | A=peer/friend 13f | B=13f | C=peer/friend 13f
A: guys
B: what
A: i got bangs
C: OMG PIC
A: [photo]
B: STOP THEY LOOK SO GOOD
C: omg ur like a different person
A: good different or bad different 😭
C: GOOD
B: so good
A: ok ok i was scared
B: i want bangs now
C: dont ur hair is too curly lol
B: rude but true
A: 😂😂

- road_trip_family | whatsapp | A=parent/mom | B=15m | C=sibling/younger brother 11m
A: Family group chat! We leave for the lake at 8am tomorrow. Pack tonight please.
C: can i bring my switch
A: Yes, and a charger.
B: do we have to leave at 8
A: Yes. The drive is 5 hours.
B: 😭
A: We'll stop for breakfast on the way.
C: pancakes!!
A: Sure, pancakes.
B: can i sit in the front
C: no i called it
A: You'll switch at the stop.
B: fine
A: Sunscreen, swim stuff, 3 t-shirts, hoodie. Don't forget your toothbrush.
C: ok
B: ok
A: Thank you, can't wait! ☀️

- road_trip_family | imessage | A=parent/dad | B=14f
A: How are you doing back there?
B: bored
A: We're in the car together, you could just talk to me
B: but texting is funnier
A: Fair. 2 more hours.
B: 😭
A: Want to pick the next song?
B: yes
A: Ok, hand it to Mom
B: i already did lol
A: Oh no.
B: ur gonna love it
A: I hate it already
B: 😂

- lost_phone | imessage | A=peer/best friend 15f | B=15f
A: hey its me on my sister's phone, i lost mine 😭
B: omg where
A: i think on the bus
B: did u call the bus office
A: my mom did, they have a lost and found
B: ok good
A: i have to wait until tmrw to get it
B: do u want me to tell the group
A: yes pls tell them not to text me there lol
B: ok done
A: ty
B: did u check ur coat pocket tho
A: ...
A: IT WAS IN MY COAT
B: LMAOOOOO
A: im so embarrassed
B: classic
A: telling my mom to cancel the search lol

- school_election | instagram dm | A=peer/friend 16f | B=16f
A: ok im running for class president
B: omg yess
A: will u be my campaign manager
B: obviously
A: we need posters
B: and a slogan
A: vote for me i guess 😂
B: no lol something catchy
A: hmm
B: what about something about better lunches
A: everyone wants better lunches
B: exactly thats how u win
A: ok posters at mine tmrw
B: ill bring markers
A: and the speech is friday 😬
B: we'll practice

- science_fair | whatsapp | A=peer/science fair partner 13m | B=13m
A: hey did the plants grow
B: the one with music grew more!
A: no way
B: like 2 cm more
A: we need a graph
B: i can do it on the computer
A: ok ill do the poster
B: what color
A: blue i guess
B: ok
A: the fair is next thursday
B: we need to practice what we say to the judges
A: ur better at talking
B: lol ok ill talk, u point at stuff
A: deal 😂

- driving_lessons | imessage | A=parent/dad | B=16f
A: Driving practice after dinner?
B: yes!!
A: Parking lot at the church, like last time.
B: ok can we do parallel parking
A: We can try. Bring your permit.
B: ok
A: And please no music this time 😄
B: it helps me focus
A: It does not
B: lol ok
A: Proud of you, you're getting better
B: ty dad

- college_apps | whatsapp | A=peer/friend 17f | B=17f
A: ok did u finish ur essay
B: no im on draft 5
A: omg
B: every time i read it i hate it
A: send it to me ill read it
B: ok but dont judge
A: i wont
B: ok sent
A: ok this is actually really good??
B: really??
A: the part about ur grandma made me tear up
B: 😭 ok
A: just cut the last paragraph, it repeats
B: ok ok ty
A: now read mine lol
B: send it

- group_project_conflict | snapchat | A=peer/classmate 15m | B=15m
A: bro nobody in the group did their part
B: i did mine
A: ik ik u did
A: the other two didnt
B: should we tell the teacher
A: maybe we just message them first
B: ok i'll post in the gc
A: ok
B: they said they'll do it tonight
A: we'll see 🙄
B: if not we tell her tmrw
A: deal

- camp_counselor_group | group chat | A=camp staff/day camp director | B=13f | C=peer/camper 13f
A: Hi campers! Reminder for tomorrow: it's water day, bring a towel and sunscreen.
C: yay water day
B: can we bring water guns
A: Small ones are fine, no pressure washers 😄
B: lol ok
C: what about lunch
A: Pizza day! Just bring a drink.
B: yess
A: Parents, pick up is at 4 at the main gate as usual.
C: 👍

- holiday_plans_family | whatsapp | A=relative/grandma | B=14f | C=parent/mom
A: Everyone, Thanksgiving at my house this year!
C: We'll bring the pie and the rolls.
B: can i make the green bean thing
A: Of course sweetie, you make it best.
B: yay
C: She'll need help with the oven
B: i can do it mom
C: Ok ok 😄
A: Dinner at 3. Cousins arrive at 1.
B: omg cousins!!
A: And bring your board games
B: ok!!

- cooking_together | imessage | A=peer/best friend 14f | B=14f
A: ok im making the cookie recipe u sent
B: yesss
A: how much sugar
B: 1 cup
A: ok
A: oh no i put salt
B: how much salt
A: a cup
B: NOOO 😭
A: im throwing it away
B: start again lol
A: ok round 2
B: send pic when done
A: [photo]
B: ok those look perfect
A: the fire alarm did go off once
B: lmaooo

- bake_sale | group chat | A=club leader/student council advisor | B=15f | C=peer/student council member 15m | D=peer/student council member 14f
A: Hi council! The bake sale is Friday. Who's bringing what?
C: brownies
D: cupcakes
B: i can do lemon bars
A: Amazing. Please label anything with nuts.
D: mine are nut free
B: mine too
A: Great. Setup at 7:30 in the front hall.
C: so early 😭
A: The early bird gets the brownies 😄
C: lol
D: how much do we charge
A: $1 each, $2 for the big ones.
B: ok

- sibling_fight_make_up | imessage | A=sibling/younger brother 13m | B=16m
A: sorry for breaking ur headphones
B: its fine
A: i'll pay u back
B: with what money lol
A: my birthday money
B: nah keep it
A: fr?
B: ya just ask next time
A: ok
B: and stop touching my stuff
A: ok 😂
B: wanna play later
A: ya!!

- halloween_costume | instagram dm | A=peer/friend 15f | B=15f
A: ok what are we being for halloween
B: group costume?
A: YES
B: the four seasons??
A: but there are 3 of us
B: ok 3 seasons lol nobody likes fall anyway
A: fall is my favorite 😤
B: ok fall winter summer
A: spring is crying
B: 😂
A: ok i'll be fall i have the leaves already
B: i'll be winter
A: the third one gets summer
B: done. trick or treating in the neighborhood then party at mine
A: perfect

- fantasy_football | snapchat | A=peer/friend 17m | B=17m
A: bro ur team is cooked this week
B: nah my running back is back from injury
A: he's gonna get 3 points
B: bet 5 bucks
A: bet
B: ur qb has been terrible tho
A: he's just warming up lol
B: for 6 weeks?
A: shut up
B: 😂
A: loser buys wings
B: deal

- chess_club | discord dm | A=peer/chess club friend 12m | B=12m
A: hey wanna play a game online
B: ya
A: 10 min game?
B: ok sending invite
A: gg u got me with that knight
B: lol i learned it in club
A: rematch
B: ok
A: ha got u this time
B: ok ok 1-1
A: tiebreaker tmrw at club
B: bet

- drawing_art | instagram dm | A=peer/friend from art class 14f | B=14f
A: omg i love ur new drawing
B: ty!! it took forever
A: how did u do the hair
B: layers of colored pencil
A: teach me pls
B: ya at lunch
A: can i post it on the art club page? i'll credit u
B: yes!!
A: yay
B: and show me ur comic
A: its not done 😭
B: i dont care i wanna see

- fishing_trip | whatsapp | A=relative/uncle | B=15m
A: Fishing Saturday morning? Your dad's coming too.
B: yes!!
A: We leave at 6. Early!
B: 😭 ok
A: The fish don't wait for teenagers
B: lol
A: Bring your rod and a warm jacket.
B: ok
A: Last time you caught the biggest one, I want a rematch
B: ur going down uncle
A: We'll see 😄

- new_neighbour_kid | imessage | A=peer/new neighbour 13m | B=13m
A: hi its the kid who moved in next door, my mom got ur number from ur mom
B: oh hi!
A: do u play basketball? we have a hoop now
B: ya!
A: wanna play after school
B: ok what time
A: 4?
B: ok
A: cool
B: whats ur grade
A: 7th
B: same! u going to the middle school?
A: ya starting monday
B: nice i can show u around

- exchange_student_buddy | school class app | A=teacher/language teacher | B=16f | C=peer/exchange student 16f
A: Hello! I'm putting you two together as buddies for the exchange program. Please say hi!
C: hi! nice to meet you 😊
B: hii welcome!!
C: thank you. my english is not so good sorry
B: its really good!
A: You'll meet in person Monday in room 12. Let me know if you have any questions.
B: ok!
C: what should i bring monday
B: just a notebook, we have the same classes in the morning
C: ok great
B: i can show u the cafeteria, the food is weird lol
C: haha ok
A: Thank you both!

- pet_sitting_friend | imessage | A=peer/best friend 15f | B=15f
A: hey can u feed my cat this weekend? we're going to my grandma's
B: ya of course
A: my mom will give ur mom the key
B: ok
A: one scoop morning and night
B: what if she doesnt like me
A: she likes everyone who has food lol
B: fair
A: send me pics of her pls
B: obviously
B: [photo]
A: omg she's sitting on the food bag
B: she has no patience 😂
A: ty so much

- lost_pet_search | group chat | A=peer/friend 14m | B=14m | C=peer/friend 14f | D=parent/friend's dad
A: guys my dog got out 😭 has anyone seen her
C: omg no
D: I'm driving around the block now
B: i'll check the park
C: i'll ask my neighbors
A: she's small and brown with a red collar
B: nothing at the park yet
D: Found her! She was at the corner store, the owner was giving her a treat.
A: OMG THANK U
C: yayyyy 😭
B: lmao of course she went for food
A: she's so grounded

- skate_park | snapchat | A=peer/friend 15m | B=15m
A: skatepark?
B: ya after lunch
A: i finally landed the kickflip yesterday
B: no way video?
A: [video]
B: CLEAN
A: ty
B: teach me
A: ya bring ur helmet lol
B: ok mom
A: 😂 ur mom literally said that
B: fair
A: see u there

- library_books | imessage | A=peer/classmate 12f | B=12f
A: hi! did u finish the book for book club
B: yes i cried at the end
A: same!!!
B: the dog part 😭
A: dont remind me
B: what's the next one
A: the fantasy one with the dragon
B: yay i like dragons
A: club is thursday in the library
B: ok see u there

- family_group_chat | whatsapp | A=parent/dad | B=14m | C=parent/mom | D=sibling/older sister 17f
A: Who took the last yogurt
D: not me
B: not me
C: It was me 😂
A: Unbelievable
D: lmao
B: dad we can go to the store
A: Ok, list please
D: chips
B: the good cereal
C: Vegetables.
B: 😭
A: Vegetables AND cereal, deal
B: deal

- prom_group_plans | group chat | A=peer/friend 17f | B=17f | C=peer/friend 17m | D=peer/friend 17f
A: ok prom group planning
C: limo or no limo
D: too expensive lol
B: my dad offered to drive us in the van
A: omg iconic
C: ya lets do the van
D: pictures at whose house
B: mine, my mom wants to take like 200 photos
A: lol ok
C: dinner before?
D: the pasta place
A: yes
B: ok i'll tell my parents, 5pm at my house
C: 👍
D: ❤️

- bike_ride | imessage | A=peer/friend 13m | B=13m
A: wanna ride bikes to the ice cream place
B: ya
A: my mom said we have to stay on the trail
B: ok
A: and be back by 5
B: ok same
A: meet at the corner in 10
B: bet
A: bring money
B: i have $4
A: enough for 1 scoop lol
B: thats all i need

- phone_upgrade | imessage | A=parent/mom | B=15f
A: Your old phone is really cracked huh
B: yes 😭 the screen cuts my finger
A: Ok, we'll go look at phones this weekend
B: OMG really
A: But you're paying half from your babysitting money
B: deal!!
A: And same rules as always
B: i know i know
A: Love you
B: ur the best mom

- online_friend_same_age_voice | discord dm | A=peer/online gaming friend 15m | B=15m
A: yo we're doing the tournament on saturday
B: ya what time
A: 3pm, my brother is hosting the stream
B: cool
A: my mic is broken tho
B: use ur headphones mic
A: ya true
B: we need a team name
A: the sandwiches
B: lmao why
A: idk im hungry
B: ok the sandwiches it is
A: 🥪

- study_group_gc | group chat | A=peer/classmate 16f | B=16m | C=peer/classmate 16f | D=peer/classmate 16m
A: study session for the bio final?
C: yes plsss
D: library sunday?
B: im down
A: 1pm?
C: ok
D: i'll bring the flashcards
B: i made a quizlet of chapter 10
A: omg ty
C: snacks?
B: my mom made muffins i'll bring some
D: W
A: see everyone sunday 📚

- youth_sports_carpool | whatsapp | A=parent/teammate's mom | B=13f | C=parent/mom
A: Hi! I'm driving the carpool to Saturday's game. I'll pick up at 8:15.
C: Thank you so much! She'll be ready.
B: ty!
A: Of course. We'll stop for bagels after if we win 😄
B: lets gooo
C: Text me when you get there please
B: ok
A: I'll text you too.
C: ❤️
"""
