"""Hand-written English negatives, part B: ordinary chats between friends, family and school."""

CHATS = """
- homework_help | imessage | A=peer/classmate 14f | B=14f
A: hey
B: heyy
A: did u do the math hw
B: most of it, number 7 is impossible tho
A: omg yes i thought i was dumb
B: no its literally not in the notes
A: i think u have to use the area formula twice?
B: ohhh wait
B: ok that works omg ty
A: np 😎 can u check my 3 tho
B: u got 24 right? thats what i got
A: yesss ok we're good

- homework_help | discord dm | A=peer/classmate 13m | B=13m
A: yo whats the english hw
B: read ch 4 and answer the questions on the sheet
A: which sheet
B: the blue one she gave out at the end
A: bro i lost it
B: lmao ill take a pic of mine
A: ur a legend
B: sent
A: ty

- homework_help | whatsapp | A=peer/study partner 16f | B=16f
A: hi! are we still doing chem together tmrw after school?
B: yes library at 3:15?
A: perfect. did u finish the lab writeup
B: not the conclusion 😩
A: same. we can do it together
B: ok bring ur calculator mine died
A: lol ok
B: also did u see the grades got posted
A: no i'm scared to look
B: same we'll look together tmrw
A: ok deal

- homework_help | snapchat | A=peer/friend 15m | B=15m
A: do u understand the history essay prompt
B: kinda? its just compare the two revolutions
A: how long
B: 2 pages double spaced
A: ok thats not that bad
B: due friday tho
A: ok ill start tmrw 💀
B: famous last words
A: shut up lol

- homework_help | imessage | A=peer/classmate 12f | B=12f
A: hiii whats the science project about again
B: we have to make a model of a cell
A: like with food??
B: she said we can use anything
A: im doing jello 😂
B: omg that's so smart
A: wanna do it together?
B: YES
A: ok ill ask my mom if u can come over sat
B: yay

- test_stress | instagram dm | A=peer/best friend 15f | B=15f
A: im gonna die if i fail this bio test lol
B: ur not gonna fail u literally studied for 3 days
A: i forgot everything about mitosis
B: ok quiz me rn
A: ok what comes after prophase
B: metaphase
A: see u know it
B: no U know it, u just asked the right question 😂
A: ok ok im calmer
B: good now sleep

- test_stress | snapchat | A=peer/friend 16m | B=16m
A: bro the sat is in 2 weeks
B: dont remind me
A: are u doing the practice tests
B: did one, got destroyed on the math part
A: same lol
B: wanna do one together sunday
A: bet my place
B: ok
A: my mom said she'll make snacks
B: ur mom is the best
A: i know lol
B: 10am?
A: ya

- test_stress | imessage | A=parent/mom | B=14m
A: Good luck on your test today! You studied hard.
B: thanks im so nervous
A: Take a deep breath. Read every question twice.
B: ok
A: Tacos for dinner either way 🌮
B: yesss
B: ok it was actually not that bad
A: See! I knew you could do it.
B: the last part was hard but i think i got most of it
A: Proud of you ❤️

- test_stress | whatsapp | A=peer/classmate 17f | B=17f
A: how did u think the calc final went
B: i want to crawl into a hole
A: LOL same the last question???
B: i wrote something. it was not math
A: 😭😭 at least its over
B: true. boba to celebrate surviving?
A: yes pls
B: 4pm at the usual place?
A: ya ill bring my sister she wants one too
B: the more the merrier
A: see u there 🧋

- test_stress | discord dm | A=peer/friend 13f | B=13f
A: hey
B: hi
A: are u ready for the spelling test
B: no 😭 i keep spelling necessary wrong
A: one collar two sleeves
B: what
A: one c two s. like a shirt
B: OMG that actually helps
A: my teacher told me that lol

- gaming_minecraft | discord dm | A=peer/online gaming friend 14m | B=14m
A: yo u on the server today?
B: ye after dinner
A: i found a village near spawn
B: no way did u mark it
A: ye coords in the chat
B: nice we should build the farm there
A: bring iron i have like none
B: i got a stack
A: W
B: brb eating

- gaming_minecraft | imessage | A=peer/friend 12m | B=12m
A: did u see what i built
B: no what
A: a giant castle with a moat
B: pics??
A: ill show u tmrw at lunch
B: ok bet
A: it took me 4 hours lol
B: thats dedication
A: next im building a dragon
B: bro how
A: idk youtube tutorial
B: send me the video

- gaming_fortnite | discord dm | A=peer/online gaming friend 15m | B=15m
A: sup wanna squad up
B: ya give me 5
A: its duos tho
B: ok even better
A: u dropping tilted or nah
B: nah too sweaty lets go somewhere quiet
A: fair
B: ok joining
A: gg in advance lol

- gaming_fortnite | snapchat | A=peer/friend 13m | B=13m
A: did u get the new skin
B: no my mom said no vbucks this month
A: rip
B: ill get it for my bday lol
A: when is that
B: march
A: thats so far 💀
B: i know

- gaming_roblox | discord dm | A=peer/online gaming friend 12f | B=12f
A: hiii wanna play adopt me
B: yes!! i just got a new pet
A: what is it
B: a unicorn 🦄
A: NO WAY
B: come see it
A: joining ur server
B: ok
A: omg its so pretty
B: i named her sparkle
A: perfect name
B: do u wanna trade later
A: maybe lol i love my dog too much

- gaming_roblox | imessage | A=peer/best friend 13f | B=13f
A: roblox after school?
B: cant i have piano 😩
A: after piano
B: ok like 6?
A: ok
B: we should do the obby we couldnt beat
A: yes revenge 😤

- gaming_online_friend_same_age | discord dm | A=peer/online gaming friend 16m | B=16m
A: yo how was ur game last night
B: we lost by 2 pts
A: unlucky
B: ref was blind fr
A: lol ur always saying that
B: bc its always true
A: 😂 anyway u on later
B: yeah after hw
A: bet

- gaming_online_friend_same_age | discord dm | A=peer/online gaming friend 14f | B=14f
A: hey
B: hii
A: the update dropped!!
B: omg finally
A: the new map is so pretty
B: im downloading rn its so slow
A: our wifi is bad too lol
B: ok 40% 😭
A: ill wait in the lobby

- music_talk | instagram dm | A=peer/friend 15f | B=15f
A: hiii
B: hey!
A: have u listened to the new album yet
B: YES track 3 is everything
A: omg i cried
B: the bridge??
A: THE BRIDGE
B: we need to go to the tour if they come here
A: saving up already lol

- music_talk | snapchat | A=peer/friend 17m | B=17m
A: yo send me that playlist
B: which one
A: the gym one
B: ok sending
A: ty
B: track 12 goes hard
A: facts
A: u lifting tmrw?
B: ya after school
A: ill come
B: bet

- music_talk | imessage | A=peer/bandmate 14m | B=14m
A: did u practice the song
B: kinda the solo part is hard
A: just go slower
B: mr band teacher said we need to be ready thursday
A: we'll be fine
B: ok
A: wanna practice at mine thursday morning before school
B: ya if my mom can drive me early
A: my dad can get u
B: ok perfect
A: bring ur music stand mine is broken

- show_talk | whatsapp | A=peer/best friend 16f | B=16f
A: ok i finished the season
B: DONT SPOIL
A: im not!! just. call me when u finish ep 8
B: omg is it bad
A: no comment 🤐
B: ugh ok im watching tonight
A: bring tissues
B: NOOO

- show_talk | discord dm | A=peer/friend 13m | B=13m
A: hey whats up
B: nm watching anime
A: which one
B: the one u told me about
A: bro isnt it fire
B: ya the fight in ep 5 was crazy
A: wait till ep 12
B: dont tell me

- show_talk | instagram dm | A=peer/friend 14f | B=14f
A: did u see the baking show finale
B: yesss the cake fell 😭
A: i felt so bad for her
B: she still won tho
A: deserved

- sports_practice | imessage | A=peer/teammate 15f | B=15f
A: is practice still on? its raining
B: coach said gym instead
A: ugh that means sprints
B: yep 🙃
A: bring water
B: ill bring extra
A: ty ur a lifesaver
B: also coach said the game got moved to saturday
A: oh good i had a test friday
B: same lol

- sports_practice | snapchat | A=peer/teammate 16m | B=16m
A: my legs are dead from practice
B: bro coach went crazy today
A: like 20 suicides
B: i almost threw up lol
A: game saturday tho we gotta be ready
B: facts
A: u need a ride?
B: nah my dad's taking me
A: ok

- sports_practice | whatsapp | A=peer/friend from swim team 13f | B=13f
A: hey
B: hi!
A: did u get a new time today?
B: yess i dropped 2 seconds in freestyle
A: omg thats huge!!
B: im so happy
A: celebrate with ice cream after sat?
B: yes!!!

- weekend_plans | imessage | A=peer/best friend 14f | B=14f
A: hey whats up
B: nm
A: what r u doing this weekend
B: nothing yet why
A: wanna go to the mall saturday? my mom can drive
B: yes!! let me ask my mom
A: ok
B: she said yes but i have to be home by 5
A: perfect we'll go at 12
B: yay

- weekend_plans | snapchat | A=peer/friend 16m | B=16m
A: sup
B: sup
A: bonfire at my place sat, my parents are doing smores
B: who's coming
A: like the whole team lol
B: bet ill be there
A: bring a chair if u have one
B: ok
B: can i bring my cousin hes visiting
A: ya ofc
B: ok cool
A: 7pm

- weekend_plans | whatsapp | A=peer/friend 15f | B=15f
A: heyyy
B: hi
A: movie night at mine friday? we're watching the scary one
B: omg i will scream
A: thats the point 😂
B: can i bring popcorn
A: ya and blankets
B: ok yay
A: my mom is making her famous nachos
B: omg yes
A: also we're watching the funny one after so u dont have nightmares
B: ty for thinking of me 😂

- weekend_plans | discord dm | A=peer/classmate 12m | B=12m
A: hey u want to go to the park sat
B: maybe what time
A: like 2 my dad will be there
B: ok ill ask
A: bring ur bike
B: ok
B: my mom said yes
A: cool
B: can we go to the skate ramp part
A: ya my dad said its fine with helmets
B: ok bringing mine

- pet_talk | imessage | A=peer/best friend 13f | B=13f
A: my dog ate my sock 😭
B: NOOO is he ok
A: yeah he threw it up lol
B: ew 😂 but good
A: mom says no more socks on the floor
B: rip ur socks
A: i have like 2 left

- pet_talk | snapchat | A=peer/friend 14m | B=14m
A: bro we got a kitten
B: no way what color
A: orange
B: orange cats are chaotic lol
A: he already knocked over a cup
B: told u
A: his name is nugget
B: perfect name

- pet_talk | instagram dm | A=peer/friend 15f | B=15f
A: hi can i see a pic of ur hamster
B: yes hold on
B: [photo]
A: omg hes so round 😭
B: he eats all day
A: same honestly
B: lol
A: whats his name
B: biscuit
A: omg cutest name ever
B: my brother picked it

- food_talk | imessage | A=peer/friend 16f | B=16f
A: hey
B: heyy
A: wanna get food after school
B: yes im starving
A: tacos or pizza
B: tacos obviously
A: ok meet at the front
B: ok
A: bring cash they dont take cards sometimes

- food_talk | snapchat | A=peer/friend 13m | B=13m
A: the cafeteria pizza today was so bad
B: it was like cardboard
A: i'm bringing lunch from now on
B: same my mom makes good sandwiches
A: trade me one tmrw
B: maybe lol
A: i'll give u my chips
B: ok deal
A: W
B: but only if its the turkey one

- sibling_complaints | imessage | A=peer/best friend 14f | B=14f
A: my brother is so annoying omg
B: what did he do
A: he ate the rest of my leftover pasta
B: crime
A: and he said it had no name on it
B: did it?
A: ...no
B: LOL
A: still crime tho
B: agreed

- sibling_complaints | snapchat | A=peer/friend 15m | B=15m
A: my sister took the xbox again
B: bro
A: she plays like 5 hours
B: tell ur mom
A: i did she said share 🙄
B: rip
A: ill play at urs tmrw?
B: ya

- sibling_complaints | whatsapp | A=peer/friend 16f | B=16f
A: ok my little sister used all my makeup for a "science experiment"
B: 😭😭😭 what was the experiment
A: she wanted to see if the cat would look good with eyeshadow
B: STOP
A: the cat did not look good
B: im crying is the cat ok
A: the cat is fine. my eyeshadow is not
B: tell ur mom lol
A: she laughed so hard she cried
B: 😂😂😂
A: she's buying me new stuff tho
B: so a W in the end

- birthday_plans | imessage | A=peer/best friend 13f | B=13f
A: ok so my bday party
B: yesss
A: my mom said i can invite 6 ppl
B: omg who
A: u obviously
B: yay
A: we're doing bowling then cake at my house
B: what day
A: saturday the 14th
B: ill be there!!
A: invites tmrw at school

- birthday_plans | snapchat | A=peer/friend 16m | B=16m
A: yo its the captain's bday friday
B: wait fr
A: ya we're getting him a cake from the store
B: i'll chip in
A: $5 each
B: ok ill bring it monday
A: surprise at lunch dont tell him
B: my lips are sealed

- sibling_chat | imessage | A=sibling/older brother 18m | B=14m
A: did mom say anything about the car
B: no why
A: no reason lol
B: what did u do
A: nothing!! i just forgot to fill the gas
B: 😂 ur dead
A: can u distract her for like 10 min when i get home
B: what do i get
A: i'll drive u to practice all week
B: deal

- sibling_chat | whatsapp | A=sibling/older sister 20f | B=15f
A: hiii how's home without me
B: quiet. mom misses u
A: aw. do u miss me
B: no 😂 jk yes
A: ill be home for thanksgiving
B: yay bring me a college hoodie
A: ok ok
A: how is school going
B: good i got an A on my essay
A: omg look at u
B: ur the one who taught me the outline thing
A: ok im taking credit 😌

- sibling_chat | imessage | A=sibling/younger sister 12f | B=16f
A: can i borrow ur headphones
B: no
A: pls
B: what happened to urs
A: the dog
B: ugh fine but put them back
A: ty ur the best
B: i know

- cousin_chat | instagram dm | A=peer/cousin 15f | B=14f
A: heyyy cuz
B: hiii!!
A: are u coming to grandma's for the holidays
B: yes!! we're driving on the 22nd
A: yay we can do the gingerbread thing again
B: this year our house isnt collapsing
A: lol no promises
B: 😂

- cousin_chat | snapchat | A=peer/cousin 16m | B=13m
A: yo little cuz
B: im not little
A: lol ok. u still play basketball?
B: ya i made the team
A: W proud of u
B: ty
A: we play 1v1 at the reunion
B: ur going down

- parent_pickup | imessage | A=parent/dad | B=14f
A: I'll pick you up at 4 outside the gym.
B: ok
A: If practice runs late text me.
B: ok it might be like 4:15
A: No problem, I'll wait in the car.
B: ty dad
B: can we get food on the way home
A: What are you thinking?
B: burgers?
A: Ok, but homework first when we get home
B: deal

- parent_pickup | whatsapp | A=parent/mom | B=12m
A: Where are u?
B: at the library
A: I'm outside, come out when ready
B: 2 min
A: Ok
B: coming
A: Did you find the book you needed?
B: yes and 2 more
A: Good, we'll check them out together

- parent_pickup | imessage | A=parent/mom | B=16f
A: Hi honey can you walk home today? I'm stuck at work
B: its raining 😭
A: Ok take the bus then, I'll pay you back
B: ok
A: Text me when you're home
B: home!
A: ❤️

- parent_dinner | imessage | A=parent/mom | B=13m
A: Dinner at 7
B: ok whats for dinner
A: Spaghetti
B: yesss
A: Can you set the table when you get home
B: ok
A: And feed the dog please
B: ok
A: Thank you!
B: can we watch a movie after
A: If homework's done, sure

- parent_dinner | whatsapp | A=parent/dad | B=15f
A: Are you eating at home tonight?
B: yes
A: Ok, I'm making the chicken thing
B: the good chicken thing?
A: The good chicken thing
B: 🙌
B: can my friend stay for dinner
A: Sure, ask her parents first
B: she asked, they said ok
A: Great, I'll make extra

- parent_where_are_you | imessage | A=parent/mom | B=15m
A: Where are u?
B: at my friend's house
A: You said you'd be home by 6
B: sorry lost track of time
A: Ok please head home now
B: ok leaving now
A: Thank you
A: Next time set an alarm on your phone
B: ok sorry
A: It's ok, just want to know you're safe
B: i know

- parent_where_are_you | whatsapp | A=parent/dad | B=16f
A: Hey, where are you? Location sharing says the park
B: yeah with the girls, we're just walking around
A: Ok. Home before dark please
B: ok will be back by 7
A: 👍

- teacher_class_group | school class app | A=teacher/homeroom teacher | B=13f | C=peer/classmate 13m | D=peer/classmate 13f
A: Good morning everyone! Reminder: field trip forms are due Friday.
C: can we bring phones
A: Yes, but they stay in your bag during the tour.
D: what time do we leave
A: The bus leaves at 8:15, so please be at school by 8.
B: do we need to bring lunch
A: Yes, a packed lunch and a water bottle.
C: ok thanks
A: You're welcome. See you tomorrow!

- teacher_class_group | school class app | A=teacher/science teacher | B=15m | C=peer/classmate 15f
A: Hi class, the lab tomorrow is moved to room 204.
B: are we still doing the egg drop?
A: Yes! Bring your containers.
C: can we work in pairs
A: Groups of 2 or 3 are fine.
B: ok
A: Good luck, let's see whose egg survives.

- coach_team_group | whatsapp | A=coach/soccer coach | B=14f | C=peer/teammate 14f | D=peer/teammate 13f
A: Hi team! Practice tomorrow is at 5:30 on the back field.
C: do we need cleats or turf shoes
A: Cleats. It's grass.
D: i have a dentist thing can i come late
A: Yes, just let me know when you get there.
B: is the game still sunday?
A: Yes, 10am. Be there by 9:30 for warmups.
C: yay
A: Great work this week everyone 👏

- coach_team_group | group chat | A=coach/basketball coach | B=16m | C=peer/teammate 16m
A: Team, no practice Thursday because of the assembly.
C: lets gooo
A: That doesn't mean no running, lol. Do 2 miles on your own.
B: 😭
A: Friday we're going over the new plays.
B: ok coach
C: got it
"""
