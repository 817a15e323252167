"""Hand-written English negatives, part C: hard negatives that reuse grooming vocabulary innocently."""

CHATS = """
- age_question_innocent | imessage | A=peer/friend 14f | B=14f
A: hey how old is your brother again
B: 16 why
A: my cousin is in his grade and thinks they have english together
B: oh lol maybe
A: she said he's the one who always falls asleep
B: yep thats him 😂
A: lol she says hes funny tho
B: he is funny, dont tell him i said that
A: 😂 ok
B: anyway did u finish the worksheet

- age_question_innocent | discord dm | A=peer/online gaming friend 13m | B=13m
A: how old r u btw
B: 13 u?
A: same lol
B: nice what grade
A: 8th
B: me too
A: cool we should do the school tournament team thing
B: ya

- age_question_innocent | whatsapp | A=parent/friend's mom | B=12f
A: Hi sweetie, quick question for the party: how old is your little sister now? I want to get the right size shirt.
B: shes 6!
A: Perfect, thank you!
B: ur welcome

- age_question_innocent | snapchat | A=peer/friend 15m | B=15m
A: wait how old is ur dog
B: like 12 in dog years
A: thats not how that works 😂
B: ok hes 12 in human years
A: old man
B: he still runs faster than u
A: ok thats fair
B: we're taking him to the beach sat
A: can i come
B: ya ask ur mom
A: ok

- age_question_innocent | instagram dm | A=peer/new friend from art club 16f | B=16f
A: hi! this is random but how old are u? i thought u were a senior lol
B: haha no im a junior, 16
A: oh same!! we should be in the same art class next year
B: omg yes
A: ok following u so we can share drawings
B: yay
A: do u do digital or paper
B: mostly paper, i'm saving for a tablet
A: same!! the art teacher said she might lend some
B: omg i hope so

- grade_question_new_classmate | imessage | A=peer/new classmate 14f | B=14f
A: hi! its the new girl from homeroom 😅
B: oh hiii welcome!
A: thanks lol what grade are u in? i couldnt tell if everyone in homeroom is 9th
B: yeah we're all 9th
A: ok good
A: do u know where the gym is? i got lost today
B: lol its behind the cafeteria
B: u can walk with me tmrw
A: omg thank u
B: np

- grade_question_new_classmate | snapchat | A=peer/new classmate 13m | B=13m
A: hey its the new kid
B: oh sup
A: what grade r u in
B: 7th same as u lol
A: ok just checking
A: is mr science guy strict
B: nah hes chill if u do the labs
A: cool
B: sit with us at lunch if u want
A: fr? ty

- grade_question_new_classmate | discord dm | A=peer/new classmate 15f | B=15f
A: hey are u in 10th? i saw u in the chemistry server
B: ya 10th, u just moved here right
A: yeah from another state
B: thats cool
A: the schedule here is so confusing
B: its a/b days, ill send u the calendar pic
A: lifesaver

- parents_home_surprise_party | imessage | A=parent/friend's mom | B=15f
A: Hi! Are your parents home? I'm dropping off the cake for the surprise party.
B: my dad is! mom's out till 6
A: Perfect, I'll come by in 15 min. Don't let your mom see the box!
B: ok i'll hide it in the garage fridge
A: Great thinking
B: 🎂🤫
A: And the party starts at 7, guests arriving at 6:30
B: ok ill make sure she comes home at 7
A: You're the best. Dad has the plan?
B: yes he's taking her to the store as a distraction lol
A: Perfect

- parents_home_surprise_party | snapchat | A=peer/best friend 14m | B=14m
A: r ur parents home rn
B: no why
A: i need to drop off the banner for ur sister's party
B: ohhh ok
B: my mom gets home at 5 so come before
A: k coming at 4
B: hide it under my bed lol
A: lol ok
B: she turns 10 so we got a unicorn cake
A: shes gonna freak
B: ya she loves unicorns

- parents_home_surprise_party | whatsapp | A=relative/aunt | B=13f
A: Is anyone home? I'm outside with the balloons 🎈
B: just me! mom and dad went to get grandpa
A: Ok can you open the garage?
B: coming!!
A: Remember, not a word to grandpa 🤫
B: i know i know
A: He thinks we're just having lunch
B: he's gonna be so surprised 😂
A: 80 balloons for 80 years!
B: omg thats so many
A: Help me blow them up?
B: coming!

- secret_present | imessage | A=parent/dad | B=12m
A: Don't tell Mom about the present
B: i wont
A: I mean it, she can't know until Sunday
B: dad i know how surprises work 😂
A: Ok ok. Can you wrap it? I'm terrible at wrapping.
B: ya leave it in my room
A: Thanks bud
B: what did u get her
A: The watch she wanted
B: shes gonna love it
A: Hope so. Card is on you
B: ok ill draw something

- secret_present | whatsapp | A=sibling/older sister 18f | B=14f
A: ok dont tell mom about the present
B: obviously
A: i got her the necklace she liked
B: omg shes gonna cry
A: can u put in $10
B: ya ill give u cash tmrw
A: ty and write in the card
B: ok

- secret_present | snapchat | A=peer/friend 16m | B=16m
A: dont tell her anything about the gift
B: who
A: my gf bro
B: lol i wasn't going to
A: its a hoodie from the band she likes
B: she's gonna love it
A: hope so
B: ur overthinking

- photo_of_homework | snapchat | A=peer/classmate 14f | B=14f
A: can u send me a pic of the homework
B: which one
A: math page 112
B: ok
B: [photo]
A: ty ty
B: np number 5 is tricky
A: 🙏

- photo_of_homework | imessage | A=peer/classmate 15m | B=15m
A: yo send me a pic of the notes from today
B: from which class
A: history i was at the dentist
B: ok
B: [photo]
B: [photo]
A: legend
B: quiz on it thursday btw
A: noted

- photo_of_homework | discord dm | A=peer/study partner 16f | B=16f
A: can u send a pic of ur answer to the last question? i just want to check my work not copy lol
B: ya sure
B: [photo]
A: ok we got the same thing!!
B: yay
A: i was so sure i messed up
B: lol u always think that and u always get it right
A: bc u check it with me 😂
B: team work
A: ok next question

- outfit_photo_dance | instagram dm | A=peer/best friend 15f | B=15f
A: send me a pic of ur outfit for the dance!!
B: ok dont laugh
B: [photo]
A: OMG STOP ITS SO CUTE
B: u think?? not too much
A: its perfect. wear the silver shoes
B: ok ok
A: send me yours and ill match lol
A: [photo]
B: omg twinning

- outfit_photo_dance | snapchat | A=peer/friend 16m | B=16m
A: bro what r u wearing to homecoming
B: suit my dad had lol
A: send pic
B: [photo]
A: it looks good ngl
B: tie is kinda ugly
A: borrow my blue one
B: bet

- outfit_photo_dance | imessage | A=peer/friend 13f | B=13f
A: hiii what should i wear to the school dance
B: the green dress!!
A: i tried it on, heres a pic
A: [photo]
B: YES
A: not too fancy?
B: its perfect
A: ok yay ty

- grandma_photo | whatsapp | A=relative/grandma | B=13f
A: Hello darling. Can you send Grandma a photo from your recital?
B: hi grandma!! yes hold on
B: [photo]
A: Oh how beautiful! You look so grown up.
B: ty!! i played the whole song without mistakes
A: I am so proud of you. I'll print it for the fridge.
B: ❤️
A: Love you

- grandma_photo | facebook messenger | A=relative/grandma | B=15m
A: Hi sweetheart, your mom said you got your braces off! Send me a picture?
B: hi grandma yes
B: [photo]
A: What a handsome smile!
B: lol thanks
A: Are you eating all the popcorn you missed?
B: already had 2 bags 😂

- grandpa_photo | whatsapp | A=relative/grandpa | B=14m
A: Hi kiddo. Can you send me a picture of the fish you caught? Your dad said it was big.
B: yes!
B: [photo]
A: That's a beauty! Bigger than mine last summer.
B: haha i know
A: Next trip we go together
B: deal

- family_facetime | imessage | A=parent/mom | B=14f
A: Facetime tonight with Grandma at 8, please be on time
B: ok do i have to
A: Yes, it's her birthday
B: oh ok ill be there
A: Thank you ❤️ Bring your drawing to show her
B: ok
B: can i tell her about my soccer goal
A: Of course, she'll love that
B: ok ill be there at 8
A: Thank you sweetheart

- family_facetime | whatsapp | A=relative/uncle | B=12m
A: Hey champ! Want to facetime after dinner? Your cousins want to show you their new puppy.
B: yesss
A: Ok 7:30 on your mom's phone
B: ok!

- family_facetime | imessage | A=sibling/older brother at college 19m | B=16m
A: facetime rn? i need help with something
B: what
A: mom's birthday gift ideas lol
B: ok calling
A: ty

- add_on_discord_classmate | snapchat | A=peer/classmate 14m | B=14m
A: add me on discord, we're making a server for the group project
B: ok whats ur user
A: same as my snap
B: ok sent
A: accepted
B: who else is in it
A: everyone in our group plus the teacher said she'd check in
B: cool

- add_on_discord_classmate | imessage | A=peer/classmate 15f | B=15f
A: hey do u have discord? the study group is on there
B: yes! send me an invite
A: sent on snap
B: got it ty
A: we meet sunday at 4 on voice
B: ok ill be there
A: bring ur notes from chapter 3
B: ok
A: we're doing flashcards
B: yay i love flashcards lol

- add_on_discord_classmate | instagram dm | A=peer/teammate 13m | B=13m
A: add me on discord so we can play after practice
B: ok
A: my user is the same as here
B: added
A: W

- delete_photo_embarrassing | snapchat | A=peer/best friend 15f | B=15f
A: DELETE THAT PHOTO LOL its so embarrassing
B: which one 😂
A: the one where im mid sneeze
B: but its iconic
A: PLEASE
B: ok ok deleted
A: ty 😭
B: i still have it saved in my memory tho
A: i hate u 😂

- delete_photo_embarrassing | imessage | A=peer/friend 14m | B=14m
A: bro delete that pic of me falling off the skateboard
B: nah that's going in the yearbook
A: im serious lol
B: ok fine deleted
A: ty
B: u landed like a cat tho ngl
A: lol ty i guess
B: ur wrist ok?
A: ya just a scratch
B: good. skate again tmrw?
A: ya

- delete_photo_embarrassing | instagram dm | A=peer/friend 16f | B=16f
A: can u take down the story with me in it? my hair looks crazy
B: omg sorry yes
A: ty its fine i just hate it lol
B: deleted!! u looked cute tho
A: lies 😂

- parent_sends_money | imessage | A=parent/dad | B=15m
A: I sent you $20 for lunch
B: ty dad
A: Don't spend it all on candy
B: lol no promises
A: I mean it
B: ok ok real food
A: And bring the change home
B: there's never change lol
A: Fair enough 😄
B: ty again dad

- parent_sends_money | whatsapp | A=parent/mom | B=16f
A: Sent you money for the field trip and a snack
B: thanks mom!!
A: Keep the receipt for the bus
B: ok
A: Have fun, text me when you get back
B: will do ❤️
B: we're back!!
A: How was it?
B: so fun we saw the dinosaur bones
A: Amazing! Tell me all about it at dinner

- parent_sends_money | imessage | A=relative/grandma | B=13f
A: Happy birthday darling! I put some money on your card. Buy something you love.
B: OMG thank u grandma!!!
A: You're welcome. Maybe books?
B: maybe books 😊 and a cute phone case
A: Perfect

- babysitting_job_neighbour | imessage | A=neighbour/neighbour mom | B=15f
A: Hi! Your mom said you might be interested in babysitting on Friday evening?
B: hi! yes i am
A: Great. It would be 6 to 9, the kids are 4 and 7. Dinner will be ready, just heat it up.
B: ok sounds good
A: I'll text your mom too so she knows the details. $15 an hour ok?
B: yes thats great ty
A: Wonderful. We're just two houses down, your mom can walk you over.
B: ok see u friday!

- babysitting_job_neighbour | whatsapp | A=parent/mom | B=14f
A: Mrs next door asked if you can watch the twins Saturday afternoon
B: omg yes how long
A: 2 to 5. I'll be home the whole time if you need me
B: ok cool
A: She'll pay you when she gets back
B: yay
B: what do the twins like
A: Coloring and the dinosaur show
B: ok easy
A: And no sugar after 4 😄

- dog_walking_job | imessage | A=neighbour/elderly neighbour | B=13m
A: Hello, this is your neighbor from across the street. Your father gave me your number. Would you like to walk my dog after school this week?
B: hi! yes i can do that
A: Wonderful. He's a slow old dog so 20 minutes is enough.
B: ok what time
A: Around 4? I'll leave the leash by the door. I've told your dad too.
B: ok ill come at 4
A: Thank you, young man.

- dog_walking_job | whatsapp | A=parent/dad | B=15m
A: The neighbor lady loved how you walked her dog. She wants you every Tuesday and Thursday.
B: nice
A: Same rules: text me when you leave and when you're back.
B: ok
A: Proud of you for being responsible
B: ty dad
B: can i save the money for the new game
A: Half for the game, half into savings
B: ok deal
A: Deal

- coach_permission_form | school class app | A=coach/track coach | B=16f
A: Hi, I still need your permission form for the away meet.
B: oh sorry i forgot it in my locker
A: No problem, please have a parent sign it and bring it tomorrow.
B: ok will do
A: The bus leaves at 7am Saturday, don't be late!
B: i wont
A: And bring your spikes and water bottle.
B: ok
A: Good luck in the 400!
B: ty coach

- coach_permission_form | whatsapp | A=coach/volleyball coach | B=14f | C=peer/teammate 14f
A: Reminder: I need everyone's signed permission slips for the tournament by Friday.
C: can my mom email it instead
A: Yes, your parent can email me directly.
B: i turned mine in monday
A: Yes I have yours, thank you!
C: ok
B: what time is the tournament
A: Starts at 9. Be there at 8:30 to warm up.
B: ok
C: ok ty coach

- coach_permission_form | group chat | A=coach/football coach | B=15m | C=peer/teammate 15m | D=peer/teammate 16m
A: Team, medical and permission forms due before Monday's practice. No form, no practice.
C: where do we get the form
A: Front office or I have extras in my office.
D: does it need both parents to sign
A: One parent or guardian is fine.
B: what if i already did it last season
A: New season, new form. Sorry!
B: ok

- friend_blocked_stranger | imessage | A=peer/best friend 14f | B=14f
A: hey can i tell u something weird
B: ya whats up
A: someone online asked me for pics, i blocked him and told my mom
B: omg are u ok???
A: yeah im fine, it was creepy tho. he said he was 15 but his profile was weird
B: good that u told ur mom
A: she reported the account and we changed my settings to private
B: smart. thats so scary
A: ya just be careful ok
B: i will. love u
A: love u too

- friend_blocked_stranger | snapchat | A=peer/friend 15m | B=15m
A: bro some random guy kept messaging me on the game asking where i live
B: wtf
A: i blocked him and reported
B: good. did u tell ur dad
A: yeah he was chill about it, said i did the right thing
B: w
A: just dont accept randoms man
B: ya true

- friend_blocked_stranger | discord dm | A=peer/online gaming friend 13f | B=13f
A: hey heads up, that account that joined our server asked me a bunch of weird questions
B: like what
A: like if i was home alone and stuff
B: eww
A: i told the mod and they banned him, and i told my mom too
B: good im glad
A: if he messages u just block
B: ok ty for telling me

- counsellor_helpline | school class app | A=counsellor/school counsellor | B=16f
A: Hi, just checking in after our talk today. How are you feeling?
B: better i think
A: I'm glad. Remember, my door is open every morning before first period.
B: ok thank u
A: And if you ever need to talk to someone at night, you can call or text 988, it's free and confidential.
B: ok i saved it
A: You did a brave thing today. Take care of yourself.
B: ty ❤️

- counsellor_helpline | school class app | A=counsellor/school counsellor | B=14m | C=peer/classmate 14f | D=peer/classmate 14m
A: Hi 8th grade! This week is online safety week. If anyone online makes you uncomfortable, tell a trusted adult.
C: what if its someone we know
A: Still tell an adult. You won't be in trouble for telling.
D: can we talk to u in private
A: Absolutely, just stop by my office or send me a message here.
B: ok
A: Thanks everyone 😊

- news_predators_discussion | imessage | A=peer/friend 16f | B=16f
A: did u see the news story about the guy who was pretending to be a teen online
B: yeah my mom showed me, so creepy
A: he was messaging kids on games
B: that's why i never talk to randoms
A: my dad made me turn on all the privacy stuff lol
B: honestly good
A: ya
B: my mom said the same thing, if anything weird happens tell her
A: ya my parents said i wont get in trouble for telling
B: thats good
A: ok anyway did u do the history hw

- news_predators_discussion | snapchat | A=peer/friend 14m | B=14m
A: bro we had that online safety assembly today
B: ya the police officer one
A: he said like never send pics to people u dont know irl
B: obviously lol
A: and tell someone if anyone asks
B: yeah
A: kinda scary how many fake accounts there are
B: fr

- news_predators_discussion | discord dm | A=peer/online gaming friend 15f | B=15f
A: did u read that article about grooming on gaming sites? our teacher assigned it
B: yeah for health class
A: the warning signs part was really helpful
B: like when someone wants to keep it secret or move to another app
A: exactly
B: i have to write a paragraph on it ugh
A: same, wanna do it together

- boyfriend_girlfriend_mall_group | snapchat | A=peer/boyfriend 15m | B=15f
A: heyy
B: hiii
A: wanna meet at the mall saturday? my friends are coming too
B: yes!! can i bring my besties
A: ofc the more the better
B: ok like 1 at the food court?
A: ya my mom is dropping us off
B: my dad is picking us up at 4
A: perfect 😊
B: yay

- boyfriend_girlfriend_mall_group | imessage | A=peer/girlfriend 14f | B=14m
A: hi
B: hey
A: we're all going to the movies friday, u coming?
B: ya who's going
A: my sister and like 4 people from class
B: ok what movie
A: the animated one lol
B: lol ok
A: 7pm my mom is driving
B: ok ill ask my parents
A: yay

- runaway_friend_go_home | instagram dm | A=peer/best friend 16f | B=16f
A: hey u there
B: ya
A: i left home last night, im at my cousin's
B: omg what happened
A: big fight with my stepdad. i cant go back
B: are u safe right now?
A: ya im fine just so upset
B: pls tell an adult you trust. ur mom must be so worried
A: she's been calling
B: pls call her back, even just to say ur ok
B: or u can call the runaway safeline, they help without judging
A: i dont want to get in trouble
B: u wont be in trouble for being safe. i can come with u to the counsellor monday
A: ok. ill text my mom
B: ty ❤️ im here

- runaway_friend_go_home | snapchat | A=peer/friend 15m | B=15m
A: bro im not going home tonight
B: wdym
A: my parents are so mad about my grades
B: where are u
A: at the skatepark
B: bro its getting dark, go home
A: they're gonna yell
B: yelling is better than being out there all night
B: or come to mine, my mom will call ur mom
A: ok fine ill come to urs
B: ok telling my mom rn

- hyperbole_die | imessage | A=peer/friend 15f | B=15f
A: i'm gonna die if i fail this test lol
B: ur not failing
A: i literally forgot it was today
B: its a quiz its 10 pts
A: ok then i'll only die a little
B: 😂😂
B: u got this tho
A: ok ok
B: and if u fail we get ice cream anyway
A: deal

- hyperbole_die | snapchat | A=peer/friend 16m | B=16m
A: bro my mom saw my grade im dead
B: lmaooo rip
A: i have to do extra math all weekend
B: could be worse
A: HOW
B: she could've taken ur phone
A: ...dont give her ideas
B: lol ok ok
A: ill get it back up next test
B: ya i can help u study
A: fr? ty bro

- hyperbole_die | instagram dm | A=peer/best friend 14f | B=14f
A: literally dying of embarrassment
B: what happened
A: i waved at someone who was waving at the person behind me
B: NOOO 😭😭
A: in front of everyone
B: happens to everyone i promise
A: kill me
B: no u have to come to my party sat 😂
"""
