"""Hand-written English negatives, part D: longer everyday chats and more hard negatives."""

CHATS = """
- sleepover_plans | imessage | A=peer/best friend 13f | B=13f
A: hiii
B: heyyy
A: sleepover at mine friday??
B: YES omg
A: my mom said yes already
B: let me ask mine
B: she wants to talk to ur mom first lol
A: ok ill tell her to text ur mom
B: ty
A: we can make the face masks
B: and watch the dance movie
A: and eat all the snacks
B: perfect night
A: ok my mom texted her!!
B: she said yes!!! 🎉
A: yayyy

- sleepover_plans | snapchat | A=peer/friend 14m | B=14m
A: yo sleepover at mine sat
B: whos coming
A: u and the usual 3
B: bet what we doing
A: pizza and that new game
B: ok
A: my dad said lights out at 1 lol
B: thats generous
A: ikr
B: ill bring my controller
A: bring 2 ours is broken
B: ok

- sleepover_plans | whatsapp | A=parent/friend's mom | B=12f
A: Hi sweetheart, it's your friend's mom. Just confirming the sleepover tonight. Does your mom know you're coming?
B: hi! yes she knows
A: Great. Any food allergies I should know about?
B: im allergic to peanuts
A: Thank you for telling me, I'll make sure there are none. Dad will drop you at 6?
B: yes!
A: Perfect, see you then 😊
B: ty!!

- home_alone_parent_errand | imessage | A=parent/mom | B=15m
A: Are you home alone right now?
B: yeah why
A: The plumber is coming at 3. Can you let him in? Dad knows him, he'll call when he's outside.
B: ok
A: Just show him the sink and go back to your room, I'll be home at 4.
B: ok
A: Lock the door after he leaves please
B: will do
A: Text me when he arrives and when he leaves
B: he's here
B: he left, sink fixed
A: Thank you ❤️

- home_alone_parent_errand | whatsapp | A=parent/dad | B=14f
A: Are you home yet?
B: ya just got in
A: Is your brother home?
B: no he's at practice
A: Ok. There's leftover soup in the fridge.
B: ok
A: Don't open the door for anyone you're not expecting, we'll be home by 6.
B: i know dad
A: Love you
B: love u

- secret_crush_friends | instagram dm | A=peer/best friend 15f | B=15f
A: ok can u keep a secret
B: always
A: i like someone
B: OMG WHO
A: promise u wont tell anyone
B: i promise on my cat
A: the guy from chem who always forgets his pencil
B: STOP he's cute
A: ikr 😭
B: u should talk to him
A: absolutely not
B: ok at least say hi
A: maybe
B: proud of u already

- secret_crush_friends | snapchat | A=peer/best friend 14m | B=14m
A: bro dont tell anyone but i think i like someone
B: who
A: the girl from band
B: the drummer?
A: ya
B: lmao ok ur secret is safe
A: should i ask her to the dance
B: ya just ask with a group
A: ok maybe
B: do it coward 😂
A: lol ok ok

- secret_good_news | imessage | A=peer/best friend 16f | B=16f
A: ok dont tell anyone yet
B: what
A: i got into the summer art program!!!
B: OMG CONGRATS
A: my parents want to tell the family first
B: my lips are sealed 🤐
A: ty 😭
B: we're celebrating
A: after they announce it lol
B: ok but im buying cake

- compliment_from_family | whatsapp | A=relative/grandma | B=16f
A: I saw the video of your speech, your mom sent it. You are so mature for your age, I'm so proud.
B: aww ty grandma
A: You spoke so clearly. Your grandfather would have been proud too.
B: that means a lot ❤️
A: Come see me Sunday, I'll make your favorite soup.
B: ok!!
B: can i bring my friend
A: Of course, the more the merrier
B: yay ty grandma ❤️
A: Love you

- compliment_from_family | imessage | A=relative/aunt | B=13m
A: Your mom showed me your science fair project. Very impressive!
B: thanks!
A: You're so smart, kiddo. Where did you learn all that about volcanoes?
B: youtube lol and the library
A: Ha! Well it paid off. First place!
B: yeah 😎
A: Celebration dinner at our house Saturday, everyone's coming

- online_class_camera | school class app | A=teacher/english teacher | B=14f | C=peer/classmate 14m | D=peer/classmate 14f
A: Good morning! Please turn your cameras on for the first five minutes of class today, then you can turn them off.
C: my camera isnt working
A: That's ok, just say hi in the chat so I know you're here.
C: hi lol
D: can we use a background
A: Yes, any school-appropriate background is fine.
B: good morning!
A: Good morning! Today we start the poetry unit.
D: yay
C: 😬
A: It'll be fun, I promise.

- video_call_homework | snapchat | A=peer/friend 15f | B=15f
A: hey can u video call? i need help with the spanish
B: ya give me 2 min
A: ok
B: calling
A: ty that helped so much
B: np ur pronunciation is way better than mine tho
A: lies
B: lol same time tmrw for the quiz?
A: yes pls

- video_call_homework | discord dm | A=peer/classmate 13m | B=13m
A: hop on a call for the project?
B: ya
A: can u share ur screen with the slides
B: ok
A: the title slide is kinda boring
B: add the volcano gif lol
A: lol ok
B: we need 2 more slides
A: ill do the sources
B: ok ill do the conclusion

- friend_venting | imessage | A=peer/best friend 16f | B=16f
A: are u alone? can i call u, i need to vent
B: ya im in my room, call
A: ty
A: sorry for crying so much lol
B: dont be sorry. she was being so unfair to u
A: i just feel like i cant do anything right at home rn
B: u do so much right
B: maybe talk to ur aunt? u said she always gets it
A: ya maybe ill call her tmrw
B: and im always here ok
A: ok ty ❤️
B: ❤️ get some sleep

- friend_venting | snapchat | A=peer/friend 15m | B=15m
A: bro u busy
B: nah whats up
A: didnt make varsity
B: damn im sorry man
A: worked so hard all summer
B: i know u did. jv means more playing time tho
A: ya coach said that too
B: and u'll make it next year for sure
A: thanks bro
B: wanna shoot hoops tmrw
A: ya

- club_leader_group | group chat | A=club leader/robotics club advisor | B=15m | C=peer/club member 15f | D=peer/club member 16m
A: Hi robotics! Competition is next Saturday. We leave from school at 7am.
C: do we need to bring money for food
A: Lunch is provided, but bring a few dollars for snacks.
D: are parents allowed to come watch
A: Yes! Parents are very welcome. I'll send the details home in a letter.
B: is the robot done lol
A: Almost 😅 Extra build session Wednesday after school.
D: ill be there
C: me too
B: same
A: Thanks team!

- club_leader_group | whatsapp | A=club leader/drama club teacher | B=13f | C=peer/cast member 13f
A: Hello cast! Costume fitting tomorrow at lunch in the theater.
C: do we need to bring anything
A: Just yourselves. Parents, please check the email about the dress rehearsal.
B: what time does dress rehearsal end
A: 8pm. Your parents can pick you up at the front.
B: ok ty
C: so excited!!
A: Me too! Break a leg everyone 🎭

- part_time_job_manager | whatsapp | A=manager/shift manager at the ice cream shop | B=17f
A: Hi, can you cover the Saturday 12-4 shift? Someone called in sick.
B: hi yes i can!
A: Thank you! Remember your visor 😄
B: lol ok
A: Also new schedule is posted in the back, you're on Tues and Thurs next week.
B: ok sounds good
A: Great, see you Saturday.
B: see u!

- part_time_job_manager | imessage | A=manager/grocery store supervisor | B=16m
A: Hi, your work permit copy came through, thanks. You start Monday at 4.
B: ok thank you
A: Wear black pants and closed shoes. We'll give you the shirt.
B: got it
A: Your first shift is training with one of the other baggers.
B: ok sounds good
A: Welcome to the team!
B: ty!

- peer_tutor_school | school class app | A=peer tutor/school peer tutoring program 17f | B=13f
A: Hi! I'm your peer tutor from the school program. We're scheduled for Tuesdays in the library at lunch.
B: hi! ok
A: What do you want to work on first?
B: fractions im so bad at them
A: Everyone struggles with fractions at first. Bring your last quiz and we'll go over it.
B: ok
A: See you Tuesday! Ms math teacher will be there too.
B: ty

- tutor_schedule | imessage | A=tutor/math tutor | B=16m
A: Hi, it's your tutor. Can we move Thursday's session to 5pm? I've already let your mom know.
B: ya thats fine
A: Great. Please do problems 1-10 in chapter 6 before then.
B: ok
A: And bring the practice test you took.
B: ok will do
A: See you Thursday.

- cousin_ride_concert | whatsapp | A=peer/cousin 18f | B=15f
A: ok aunt said yes!! i'm taking u to the concert
B: OMG YAY
A: i'll pick u up at 5, we'll get food first
B: what should i wear
A: something comfy we'll be standing forever
B: ok
A: ur mom wants us home by 11:30
B: ok ok
A: and text her when we get there
B: i will!!
A: this is gonna be so fun
B: best cousin ever 😭

- swap_socials_classmate | imessage | A=peer/classmate 14f | B=14f
A: hey whats ur snap? we should make a group chat for the project
B: its the same as my insta
A: ok added
B: added back
A: making the gc now
B: ok add the others too
A: done
B: ty

- swap_socials_classmate | snapchat | A=peer/classmate 16m | B=16m
A: yo whats ur insta
B: why lol
A: for the team page we're making
B: oh bet its just my name with underscores
A: found u
B: followed back
A: ty
B: whats the team page for
A: just game pics and schedule
B: cool

- parent_photo_checkin | imessage | A=parent/mom | B=14f
A: Send me a pic so I know you got to the museum ok
B: [photo]
A: Looks fun! Who's with you?
B: the whole class and like 4 teachers lol
A: Ok have fun, text me when the bus leaves
B: ok
A: Love you
B: love u

- parent_photo_checkin | whatsapp | A=parent/dad | B=12m
A: Did you make it to your friend's house?
B: yes
A: Send me a selfie with his mom so I know 😄
B: dad 😭
A: Just a thumbs up from her then
B: she says hi
A: Ha. Ok. Pick up at 8.
B: ok

- parent_late_night_check | imessage | A=parent/mom | B=16f
A: Who are you texting so late?
B: my friend, we're doing the group project
A: At 11:30?
B: it's due tmrw 😭
A: Ok. Finish up and bed by midnight please
B: ok
A: Phone charges in the kitchen tonight
B: fineee

- parent_screen_time | imessage | A=parent/dad | B=13m
A: Screen time is up for today, bud
B: 5 more minutes im in a match
A: Finish the match, then off
B: ok
A: Then homework
B: ok ok
A: Thank you
B: the match is over, we won btw
A: Nice 👍

- friend_support_bullying | instagram dm | A=peer/friend 14f | B=14f
A: hey r u ok? i saw what they said in the group chat
B: not really lol
A: they're being so mean for no reason
B: i just left the chat
A: good. u dont need them
B: i feel stupid for crying
A: ur not stupid. it was cruel
A: u should tell ms counselor, she helped my sister
B: maybe
A: i can come with u
B: ok. ty for checking on me
A: always ❤️

- friend_support_bullying | snapchat | A=peer/friend 13m | B=13m
A: bro those 8th graders are so annoying
B: ya they took my hat again today
A: we should tell mr hall monitor lol
B: theyll know i snitched
A: who cares they're being jerks
B: true
A: i'll go with u
B: ok after lunch
A: bet

- breakup_comfort | imessage | A=peer/best friend 16f | B=16f
A: hey how r u feeling
B: kinda sad still
A: he didnt deserve u fr
B: we were together 4 months
A: i know 💔
B: idk it just sucks
A: want me to come over? i have ice cream
B: yes pls
A: omw
B: ty ur the best
A: ik 😌

- breakup_comfort | snapchat | A=peer/friend 15m | B=15m
A: heard about u and ur gf
B: ya its whatever
A: u ok tho
B: ya we just decided to be friends
A: thats mature of u lol
B: ya i guess
A: gaming tonight to take ur mind off it
B: ya sure

- concert_plans | instagram dm | A=peer/friend 17f | B=17f
A: TICKETS ARE OUT
B: omg did u get them
A: yes 2!! floor seats
B: I LOVE U
A: my mom is driving us there and back
B: omg ur mom is a legend
A: we need matching shirts
B: im on it
A: ok and we need a sign
B: I have poster board

- snow_day | snapchat | A=peer/friend 13m | B=13m
A: SNOW DAY
B: LETS GOOO
A: sledding at the big hill?
B: ya my mom said after lunch
A: bring the good sled
B: obv
A: hot chocolate at mine after
B: bet

- snow_day | imessage | A=parent/mom | B=15f
A: School's closed! Go back to sleep 😊
B: best text ever
A: But you're shoveling the driveway later
B: 😭
A: I'll make pancakes
B: ok deal
B: chocolate chip?
A: Of course
B: ok i'm awake now lol

- sick_day | imessage | A=peer/best friend 14f | B=14f
A: hey where were u today
B: sick 🤒
A: nooo feel better!!
B: ty its just a cold
A: i'll get u the notes
B: ur an angel
A: also mr english teacher said the essay is pushed to monday
B: yesss

- sick_day | whatsapp | A=parent/dad | B=12m
A: How are you feeling?
B: better my throat doesnt hurt as much
A: Good. Drink the tea I left on the counter.
B: its gross
A: Drink it anyway 😄
B: ok
A: I'll bring soup home
B: ty

- volunteer_plans | imessage | A=peer/friend 15f | B=15f
A: hey do u want to volunteer at the animal shelter with me saturday
B: omg yes
A: my mom is taking us and staying too
B: whats the age limit
A: 14 with a parent so we're good
B: yay puppies
A: we mostly clean lol
B: still puppies
A: true

- volunteer_plans | whatsapp | A=club leader/youth group leader | B=14m | C=peer/youth group member 14m
A: Hi everyone! Food bank volunteering this Saturday 9-12. Parents, sign the form on the table by the door.
C: can i bring a friend
A: Sure, they just need a signed form too.
B: should we wear anything special
A: Closed-toe shoes and old clothes.
B: ok
A: Thanks guys! 🙏

- class_gift | group chat | A=peer/classmate 15f | B=15f | C=peer/classmate 15m | D=peer/classmate 15f
A: ok guys for mrs history teacher's retirement we should get her something
C: like a card?
D: card + flowers
A: $2 each?
B: im in
C: ok
D: i can pick up the flowers after school
A: ty!! i'll get the card and everyone signs tomorrow at lunch
B: perfect
C: 👍

- class_gift | imessage | A=peer/classmate 13m | B=13m
A: yo are u putting money in for the coach's gift
B: how much
A: like $3
B: ok ill bring it tmrw
A: we're getting him a mug that says best coach lol
B: perfect
A: we give it at the last practice
B: hes gonna pretend he doesnt care
A: but he'll use it every day
B: facts

- gaming_trade_friends | discord dm | A=peer/online gaming friend 14m | B=14m
A: yo ill trade u my dragon skin for ur sword
B: the legendary one?
A: ye
B: nah thats worth way more
A: ok skin + 2 potions
B: hmm
A: final offer
B: ok deal
A: accept trade
B: done
A: W

- gaming_trade_friends | discord dm | A=peer/online gaming friend 12f | B=12f
A: hii do u want to trade pets
B: which one
A: my bunny for ur owl?
B: omg yes i love the bunny
A: ok sending
B: yay ty!!!
A: ur owl is so cute
B: treat her well lol

- dance_video | instagram dm | A=peer/friend 13f | B=13f
A: ok we need to learn the new dance for the talent show
B: yes!! after school?
A: ya my basement
B: i'll film it so we can see if we're in sync
A: yes good idea
B: only we see it tho lol
A: obviously we look so bad right now
B: 😂😂

- voice_note_choir | whatsapp | A=peer/choir friend 15f | B=15f
A: can u send me a voice note of the alto part? i keep going flat
B: ya hold on
B: [voice note]
A: ty!!!
B: the tricky bit is at measure 24
A: yeah thats where i mess up
B: just listen for the piano
A: ok practicing rn
B: u got this

- meet_at_school | imessage | A=peer/friend 14m | B=14m
A: meet me behind the gym after school
B: why lol
A: i have ur book i borrowed
B: oh ok
A: and we walk to the bus together
B: ok bet
B: did u finish it
A: ya the ending was crazy
B: dont spoil
A: i wont lol

- bus_late | imessage | A=parent/mom | B=13f
A: Is the bus late again?
B: ya like 15 min
A: Ok, let me know when you're on
B: on now
A: Good. See you at the stop
B: ok
A: I'll bring your jacket, it got cold
B: ty mom
A: ❤️

- relative_address_card | whatsapp | A=relative/aunt | B=16f
A: Hi honey! I want to mail you a birthday card, did you guys move or same house?
B: hi auntie! same house lol
A: Ok good, it's on the way then
B: aww ty!!
A: Don't open it early 😄
B: no promises
A: Are you doing anything for your birthday?
B: just dinner with family and a sleepover
A: That sounds lovely. Happy early birthday!
B: ty auntie ❤️

- first_phone_rules | imessage | A=parent/mom | B=12f
A: Welcome to your first phone! A few rules 😊
B: omg ok
A: 1. No phone at dinner. 2. Phones charge in the kitchen at night. 3. Only talk to people you know in real life.
B: ok
A: And if anyone ever messages you something weird, tell me. You won't be in trouble.
B: ok i promise
A: Love you. Now go text your friends lol
B: yay ty mom!!
"""
