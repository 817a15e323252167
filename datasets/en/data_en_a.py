"""Hand-written English negatives, part A: very short openers and greetings."""

CHATS = """
- greeting_only | instagram dm | A=peer/friend 14f | B=14f
A: heyy
B: hiii

- greeting_only | snapchat | A=peer/friend 15m | B=15m
A: yo
B: sup

- greeting_only | imessage | A=peer/classmate 13f | B=13f
A: hi
B: hey!
A: 😊

- greeting_only | discord dm | A=peer/online gaming friend 14m | B=14m
A: hey whats up
B: nm hbu
A: same lol

- greeting_only | whatsapp | A=peer/cousin 16f | B=15f
A: hello!
B: helloooo 💕

- greeting_only | instagram dm | A=peer/friend 17m | B=16m
A: u there?
B: ya
A: nvm figured it out
B: lol ok

- greeting_how_are_you | imessage | A=peer/best friend 15f | B=15f
A: hi how r u
B: good hbu
A: tired but good
B: same honestly
A: did u do the reading for english
B: half of it lol
A: same its so boring
B: the main character needs to make one good decision
A: LMAO fr
B: ok ill finish it tonight
A: me too. see u tmrw
B: byee

- greeting_how_are_you | snapchat | A=peer/friend 13m | B=13m
A: sup bro
B: nothin much
A: bored
B: fr
A: wanna play ball later
B: cant its raining
A: garage hoop?
B: ok ya
A: 4?
B: ok ill walk over
A: bet

- greeting_how_are_you | whatsapp | A=relative/aunt | B=14f
A: Hi sweetie! How are you doing?
B: hi auntie im good!! how r u
A: Doing well, miss you guys. Give your mom a hug for me ❤️
B: will do ❤️

- greeting_how_are_you | instagram dm | A=peer/friend from summer camp 15f | B=15f
A: heyyy omg hiii
B: HIII how are u
A: good!! i miss camp sm
B: me toooo 😭
A: remember the canoe thing lol
B: when we tipped over 😂😂
A: i still have lake water in my ears
B: are u going back next summer
A: yes!! my mom already signed me up
B: omg me too
A: same cabin??
B: we have to request it
A: ok im telling my mom rn

- greeting_how_are_you | discord dm | A=peer/online gaming friend 16m | B=16m
A: yo
B: yo wsg
A: nothin just got home
B: bet

- greeting_how_are_you | imessage | A=parent/dad | B=12m
A: Hey bud, how was your day?
B: good
A: Just good?
B: we had pizza for lunch
A: Nice 👍
A: Did you finish your homework?
B: almost
A: Finish it before you play, ok?
B: ok
A: Thank you. Mom's home at 6.
B: ok

- greeting_its_me | instagram dm | A=peer/friend with a new account 14f | B=14f
A: hey its me lol new acc
B: ohh hiii ok following back
A: ty 💖

- greeting_its_me | snapchat | A=peer/classmate 15m | B=15m
A: hey its me from bio
B: oh hey whats up
A: nothin just adding ppl from class
B: cool

- greeting_its_me | whatsapp | A=sibling/older sister 19f | B=13f
A: hey its me i got a new number, save this one
B: ok saved
A: ty

- greeting_its_me | imessage | A=parent/mom | B=16m
A: Hi it's Mom, texting from Dad's phone, mine died.
B: ok
A: Are you still at practice?
B: yeah done at 5
A: Ok ❤️

- greeting_its_me | discord dm | A=peer/classmate 13m | B=13m
A: hey its me the guy who sits behind u in math
B: oh lol hi
A: hi 👋
B: did u need something
A: ya what was the math homework, i wasnt listening lol
B: page 54, 1 to 20
A: ty
B: np
A: do u get it?
B: kinda, its the same as yesterday
A: ok cool ty

- short_u_there | imessage | A=peer/best friend 16f | B=16f
A: u there?
B: yea whats up
A: nvm i found my charger 💀
B: LMAO

- short_u_there | snapchat | A=peer/friend 14m | B=14m
A: bro u there
B: ya
A: come online
B: 5 min
A: bro hurry we're in the lobby
B: ok ok im on
A: we need a 4th
B: my cousin can play
A: invite him
B: he said 2 min
A: k

- short_u_there | whatsapp | A=parent/mom | B=15f
A: Are you there?
B: yes
A: Ok just checking. Love you
B: love u too
A: Did you eat lunch?
B: yes
A: What did you have
B: the pasta
A: Good. Don't forget your dentist appointment at 4:30.
B: i forgot omg
A: That's why I'm texting 😄 I'll pick you up at 4.
B: ok ty

- short_u_there | instagram dm | A=peer/friend 17f | B=17f
A: hellooo?? u alive
B: sorry was asleep lol
A: its 2pm 😭
B: and??

- short_u_there | discord dm | A=peer/online gaming friend 15m | B=15m
A: u on?
B: not rn eating
A: k lmk

- short_sup | snapchat | A=peer/friend 16m | B=16m
A: sup
B: nm u
A: chillin

- short_sup | instagram dm | A=peer/friend 13f | B=13f
A: sup
B: hiiii
A: wyd
B: watching tiktoks lol
A: same 😂

- short_sup | imessage | A=peer/teammate 15m | B=15m
A: sup bro
B: yo
A: u going tmrw?
B: ye

- short_sup | discord dm | A=peer/online gaming friend 14f | B=14f
A: hey whats up
B: nm just finished hw
A: yay 🎉

- short_sup | whatsapp | A=peer/cousin 17m | B=16m
A: whats good cuz
B: nothin much hbu
A: same same

- short_wyd | snapchat | A=peer/friend 15f | B=15f
A: wyd
B: nothing rlly hbu
A: bored out of my mind
B: same 😩

- short_wyd | imessage | A=peer/best friend 12f | B=12f
A: heyyy wyd
B: eating cereal
A: at 9pm??
B: yes 😤

- short_wyd | instagram dm | A=peer/friend 16m | B=16m
A: wyd tn
B: nothing prob sleep
A: lame lol

- short_wyd | discord dm | A=peer/classmate 14m | B=14m
A: wyd
B: homework 💀
A: rip
A: what subject
B: geography, the map project
A: oh i did that already
B: how long did it take u
A: like an hour, just color it nicely
B: ok that's not bad
A: and label the rivers she takes points off
B: noted ty

- short_wyd | snapchat | A=peer/friend 17f | B=17f
A: hey wyd rn
B: at work 😭 hbu
A: just got off
B: lucky

- short_goodnight | imessage | A=peer/best friend 14f | B=14f
A: ok im going to sleep
B: gn!!
A: gn 💤

- short_goodnight | whatsapp | A=parent/mom | B=13m
A: Lights out, it's a school night.
B: 5 more min
A: Now please 😊
B: ok goodnight
A: Goodnight love

- short_goodnight | snapchat | A=peer/friend 16m | B=16m
A: aight im out gn
B: gn bro

- short_goodnight | discord dm | A=peer/online gaming friend 15f | B=15f
A: gtg my mom says bed
B: nooo ok gn
A: gn see u tmrw same time
B: 👍
A: oh wait did u get the new level
B: not yet tomorrow
A: ok gn for real
B: gn 😂

- short_thanks | imessage | A=peer/classmate 15f | B=15f
A: hey thanks for lending me ur pen today lol
B: np haha keep it
A: ty 😂

- short_thanks | whatsapp | A=relative/grandpa | B=12m
A: Thank you for the card, it made my day.
B: ur welcome grandpa!!

- short_thanks | instagram dm | A=peer/friend 14m | B=14m
A: ty for the notes bro
B: np

- short_thanks | snapchat | A=peer/friend 17f | B=17f
A: thank u for covering my shift omg
B: ofc!! u owe me a coffee tho
A: deal ☕
B: how was the concert
A: AMAZING
A: they played the song!!
B: omg video??
A: [video]
B: im so jealous
A: next time we both go
B: deal

- short_reaction | imessage | A=peer/best friend 13f | B=13f
A: OMG did u see
B: YES IM SCREAMING
A: 😭😭😭
B: i cant believe she said yes
A: the proposal in the finale was so cute
B: i rewatched it 3 times
A: only 3?
B: ok 5
A: lmaooo
B: season 3 comes out in spring
A: i cant wait that long

- short_reaction | snapchat | A=peer/friend 16m | B=16m
A: bro that goal tho
B: insane fr
A: best game all season
B: we gotta go to the next home game
A: ya my dad has tickets
B: fr can i come
A: ya he said i can bring someone
B: W ill ask my mom
A: its sunday at 1
B: ok

- short_reaction | instagram dm | A=peer/friend 15f | B=15f
A: [shared a reel]
B: LMAOOO this is so u
A: rude 😂 but true

- short_reaction | discord dm | A=peer/online gaming friend 14m | B=14m
A: gg
B: gg that last round was crazy
A: fr

- short_brb | imessage | A=peer/friend 12m | B=12m
A: hey
B: hey brb dinner
A: ok
B: ok back
A: so what did u think of the test
B: it was fine? the essay part was hard
A: i wrote about the wrong book 😭
B: NO
A: ya
B: maybe she'll let u redo it
A: i'll ask tmrw

- short_brb | discord dm | A=peer/online gaming friend 17m | B=16m
A: u coming back on?
B: brb 10 min
A: k

- short_brb | snapchat | A=peer/friend 14f | B=14f
A: heyy
B: brb shower
A: lol ok
B: back
A: so are u coming to the game friday
B: ya my mom is taking me
A: yay sit with us
B: ok!! wear school colors
A: i only have one blue shirt lol
B: thats enough
"""
