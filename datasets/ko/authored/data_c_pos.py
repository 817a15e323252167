"""Author c: the risky part of the positive conversations (after the small talk of data_c_talk.py).

Block header: "+ scenario | platform | relation of A | gender of A | youth age | youth gender", then one
message per line "A: text #tag #tag" (A = adult, B = youth). Tags: age comp gift sec img plat sex meet
money shelter spon sext self, and now (a concrete time/place for meeting). Synthetic and non-explicit."""

POSITIVE = r"""
+ slow_trust_photo | 모바일게임 채팅 | 같은 서버 유저 (자칭 20대) | m | 14 | f
A: 근데 너 말하는 거 보면 되게 착한 듯 #comp
B: ㅋㅋ 머래
A: 아니 진짜로 ㅎㅎ 몇학년임? #age
B: 중1
A: 오 그래도 생각은 나보다 어른같음 ㅋㅋ 우리 얘기한 건 딴 사람들한테 말하지 말자 질투함 #comp #sec
B: ㅇㅋ ㅋㅋ
+ slow_trust_platform | 오픈채팅 고민방 | 익명 상담해준다는 어른 | m | 15 | f
A: 요즘 집에서 많이 힘들지.. 아저씨는 다 이해해 #comp
B: 네 엄마랑 맨날 싸워요
A: 여기는 보는 사람 많으니까 아저씨 개인톡으로 와 편하게 얘기하자 #plat
B: 개인톡이요?
A: 응 엄마한텐 말하지 말고 ㅎㅎ 또 폰 뺏기면 안 되잖아 #sec
B: 네..
+ gift_then_photo | 게임 길드 채팅 | 길드장 | m | 13 | m
A: 막내야 스킨 하나 사줄까 ㅋㅋ 이번 신상 #gift
B: 헐 진짜요??
A: 대신 길드원들한텐 비밀이다 ㅋㅋ 다 달라고 함 #sec
B: 넹 ㅋㅋ
A: 그리고 얼굴 한번 보자 셀카 하나 보내바 길드장이 얼굴은 알아야지 #img
B: 아 좀 부끄러운데
A: 괜찮아 나만 볼게 ㅎㅎ #sec
+ age_then_meet | 랜덤채팅 | 낯선 남자 (30대) | m | 15 | f
A: 너 혹시 몇살? 말투가 어려보여서 ㅋㅋ #age
B: 15요
A: 아 그렇구나 ㅎㅎ 성숙하다 #comp
B: ㅋㅋ 감사
A: 어디 살아? 가까우면 맛있는거 사줄게 #meet #gift
B: 경기도요
A: 오 나도 ㅋㅋ 주말에 잠깐 볼래? 부모님한텐 친구 만난다고 하고 #meet #sec
+ condition_soft | SNS DM | 모르는 남자 | m | 16 | f
A: 혹시 용돈 필요해? ㅎㅎ #money
B: 누구세요?
A: 그냥 밥 한번 먹고 얘기만 해주면 돼 십만원 줄게 #money #meet
B: 그게 다예요?
A: ㅇㅇ 그 이상은 니가 원하면 ㅋㅋ 몇살이야? #age
B: 16이요
A: 딱 좋네 ㅎㅎ 오늘 밤 9시 역 앞에서 ㄱ? #meet #now
+ helper_runaway | 가출 커뮤니티 DM | 헬퍼라는 남자 | m | 15 | f
B: 집 나왔는데 잘 데가 없어요
A: 몇살이야 #age
B: 15요
A: 우리집 와서 자도돼 밥도 사줄게 ㅎㅎ #shelter
B: 진짜요? 근데 모르는 사람이라 무섭..
A: 걱정마 전에도 애들 몇명 있다 갔어. 지금 어디야 데리러 갈게 #shelter #meet #now
+ sponsor_model | 인스타 DM | 모델 에이전시라는 사람 | f | 17 | f
A: 안녕하세요 피드 보고 연락드려요 얼굴형이 모델상이세요 #comp
B: 헉 감사해요
A: 혹시 고등학생이세요? 학생 모델도 많이 해요 #age
B: 네 고2요
A: 촬영 알바 있는데 하루 50이에요 전신사진이랑 옷 라인 보이는거 먼저 보내주실래요? #spon #img
B: 부모님한테 물어봐야 될거 같은데
A: 계약 전에는 부모님께 말 안하셔도 돼요 나중에 놀래켜 드려요 ㅎㅎ #sec
+ sextortion_cam | 랜덤 영상채팅 | 또래인 척하는 사람 | f | 16 | m
A: 여기 화질 구려 ㅠ 내가 쓰는 앱으로 옮기자 #plat
B: 무슨 앱
A: 이거 깔아봐 소리도 잘 들림 ㅎㅎ #plat #sext
B: 깔았어
A: 어 니 목소리 안들려 ㅠ 다시 해봐 #sext
A: 야 너 영상 다 녹화됐고 연락처도 다 받았다 오늘 밤까지 50 보내 #sext
B: 제발 그러지 마세요
A: 안보내면 니 반 단톡에 뿌린다 #sext
+ slow_isolation | 웹소설 댓글 DM | 작가라는 사람 | m | 14 | f
A: 베댓 님 글 진짜 잘 써요 또래 애들이랑 수준이 다름 #comp
B: 헐 ㄱㅅ해요
A: 학생이죠? 몇 학년? #age
B: 중2요
A: 친구들은 님 글 이해 못할걸요 나만 알아봐주는 거 ㅎㅎ #comp #sec
B: 그런가..
A: 디엠 말고 텔레로 얘기해요 여긴 다 보이니까 #plat
+ coach_private | 카톡 | 동네 축구 클럽 코치 | m | 13 | m
A: 너가 우리 팀에서 제일 성실하다 #comp
B: 감사합니다 코치님
A: 주말에 개인 훈련 해줄게 다른 애들은 안 부르는 거니까 비밀 #meet #sec
B: 엄마한테 말해도 돼요?
A: 그냥 친구네 간다고 해 ㅋㅋ 괜히 다른 학부모들이 서운해하잖아 #sec
B: 넵
A: 토욜 2시에 내 차로 데리러 갈게 학교 후문 #meet #now
+ photo_gradual | SNS DM | 20대 남자 | m | 15 | f
A: 오늘 프사 바꿨네 ㅎㅎ 이쁘다 #comp
B: ㅋㅋ 고마워요
A: 근데 필터 없는 것도 보고싶다 #img
B: 에이 쌩얼은 좀
A: 괜찮아 나한테만 보내 다른 사람은 안 봐 #img #sec
B: 흠..
A: 교복 입은거 한 장만 ㅎㅎ 그거 보내면 기프티콘 쏨 #img #gift
+ sexual_probe | 익명 질문 앱 | 익명 | m | 14 | f
A: 남친 있어? #age
B: 없는데요
A: 그럼 경험 없겠네 ㅋㅋ 어디까지 해봤어? #sex
B: 그런거 왜 물어봐요
A: 그냥 궁금해서 ㅎㅎ 나랑 얘기하다 보면 다 알게 돼 텔레 아이디 줄게 #sex #plat
+ fake_peer_meet | 메타버스 앱 | 또래라는 사람 (실제 성인) | m | 13 | f
A: 우리 친구된지 한달 됐당 ㅎㅎ
B: 헐 벌써?
A: 나 너 진짜 특별하게 생각해 #comp
B: 나도 ㅋㅋ
A: 실제로 한번 보자 근데 부모님한텐 말하지 마 어른들은 이런거 싫어하잖아 #meet #sec
B: 어디서 봐?
A: 니네 집 근처 놀이터 토요일 3시 ㅎㅎ #meet #now
+ gift_money_meet | 게임 채팅 | 아저씨 유저 | m | 12 | m
A: 다이아 충전해줄게 ㅋㅋ 얼마나 필요해 #gift
B: 진짜요? 만원이요
A: 그 정도야 뭐 ㅋㅋ 대신 폰번호 줄래 #plat
B: 엄마가 모르는 사람한테 주지 말랬는데
A: 엄마한텐 비밀로 하면 되지 아저씨는 좋은 사람이야 #sec
+ tutor_meet | 과외 앱 | 대학생 튜터 | m | 16 | f
A: 수업 때 너 진짜 똑똑하더라 #comp
B: 아 감사해요
A: 과외비 안 받고 내가 용돈도 줄게 대신 밖에서 한번 만나자 #money #meet
B: 학원 말고요?
A: 응 둘이 카페에서 ㅎㅎ 부모님한텐 보충수업이라고 해 #meet #sec
+ self_harm_exploit | 고민 상담 오픈채팅 | 상담해준다는 사람 | m | 15 | f
B: 그냥 다 사라지고 싶어요 #self
A: 많이 힘들구나.. 오빠가 다 들어줄게 #comp
B: 아무도 제 편이 없어요
A: 오빠가 니 편이야. 오늘 만나서 얘기하자 7시 터미널 앞 #meet #now
B: 부모님이 알면..
A: 말 안하면 몰라 폰은 꺼두고 와 #sec
+ sponsor_job | 구인 게시판 쪽지 | 모집책 | m | 17 | f
A: 쉬운 알바 관심 있어요? 하루 두시간 일당 20 #spon
B: 뭔데요
A: 노래방에서 손님이랑 노래만 불러주면 돼요 ㅎㅎ #spon
B: 저 미성년자인데 괜찮아요?
A: 상관없어요 대신 부모님한텐 카페 알바라고 해요 #sec #age
+ cam_request | 디스코드 | 게임 서버 운영자 | m | 14 | m
A: 너 목소리 완전 애기네 ㅋㅋ 몇살임 #age #comp
B: 14
A: 귀엽네 ㅋㅋ 캠 잠깐 켜봐 얼굴 궁금함 #img #comp
B: 캠은 좀..
A: 잠깐만 켜 다른 사람들 다 나간 방이야 우리 둘만 있어 #img #sec
+ photo_for_money | SNS DM | 모르는 사람 | m | 16 | f
A: 사진 한장에 2만원 줄게 #img #gift
B: 무슨 사진요
A: 그냥 교복 입고 전신으로 ㅎㅎ 얼굴 안나와도 됨 #img
B: 이상한데
A: 이상한거 아냐 다들 해 계좌 알려줘 바로 보냄 #gift
+ shelter_drinks | 가출 게시판 댓글 | 20대 남자 | m | 16 | m
B: 며칠만 지낼 곳 있나요
A: 내 자취방 와도 돼 ㅋㅋ #shelter
B: 진짜요?
A: 대신 같이 술 한잔 하자 심심하니까 ㅋㅋ #sex
B: 전 술 못해요
A: 괜찮아 ㅋㅋ 와서 배우면 되지 오늘 밤 역 3번출구에서 픽업 #shelter #meet #now
+ deepfake_threat | 인스타 DM | 모르는 계정 | m | 17 | f
A: 이거 너 맞지? 합성해봤는데 ㅋㅋ #sext
B: 뭐야 이거 지워요
A: 지워줄수도 있는데 조건이 있지 #sext
B: 뭔데요
A: 진짜 사진 보내 아니면 니 학교 애들한테 다 돌린다 #sext #img
+ grooming_long_gift | 웹툰 커뮤니티 | 웹툰 작가 지망생 | m | 14 | f
A: 너 그림 진짜 잘 그린다 ㅎㅎ 재능 있어 #comp
B: 헤헤 감사합니다
A: 태블릿 펜 내가 쓰던거 줄까? 새거나 마찬가지야 #gift
B: 헐 진짜요?
A: 응 택배 말고 직접 줄게 ㅎㅎ 어디 살아? #meet
B: 인천이요
A: 가깝네 집 근처로 갈게 혼자 나와 #meet #sec
+ idol_fansign | 팬카페 쪽지 | 팬싸 대리 구매한다는 사람 | f | 15 | f
A: 팬싸 당첨 도와줄 수 있어요 ㅎㅎ #gift
B: 진짜요??
A: 대신 인증용으로 얼굴 사진 하나랑 학생증 보내주세요 #img #age
B: 학생증은 좀..
A: 이건 우리끼리만 하는 거라 ㅎㅎ 텔레로 보내요 #sec #plat
+ cosplay_shoot | 코스프레 오픈채팅 | 사진작가 | m | 15 | f
A: 지난 행사 사진 봤어요 옷 핏이 진짜 좋던데 #comp
B: 앗 감사해요
A: 개인 촬영 해줄게요 무료로 ㅎㅎ 작업실로 와요 #gift #meet
B: 친구랑 같이 가도 돼요?
A: 혼자 오는게 편해요 집중 잘 되게 #sec
B: 음..
A: 일요일 4시 어때요 끝나고 밥도 사줄게 #meet #now #gift
+ online_bf | 랜덤채팅 | 자칭 고3 남자 (실제 성인) | m | 13 | f
A: 우리 사귈래? ㅋㅋ #comp
B: 헐 진짜?
A: 응 근데 우리 사귀는 거 비밀로 하자 #sec
B: 왜?
A: 니 친구들이 알면 질투하잖아 ㅋㅋ 커플끼리 사진 교환하자 #img
B: 어떤 사진?
A: 잘때 입는 옷 입고 ㅎㅎ 나도 보내줄게 #img #sex
+ money_meet_obf | 오픈채팅 | 모르는 남자 | m | 17 | f
A: ㅈㄱ 가능? #money
B: 그게 머에요
A: 용.돈 줄게 만나서 놀자 ㅎㅎ #money #meet
B: 얼마요
A: 숏 15 ㄱㄴ? 오늘 10시 모텔 앞 #money #meet #now
+ voice_chat_isolation | 게임 보이스 | 길드원 아저씨 | m | 14 | m
A: 너네 엄마 너무 심하다 폰을 왜 뺏어 #sec
B: 그니까요 ㅠ
A: 아저씨는 니 편이야 너 같은 애 처음 봄 #comp
B: ㅋㅋ 감사해요
A: 엄마 모르게 쓰는 폰 하나 사줄까? 우리끼리 연락하게 #gift #sec
+ beauty_youtuber | 유튜브 댓글 DM | 뷰티 유튜버라는 사람 | f | 15 | f
A: 구독자님 댓글 보고 연락했어요 얼굴 너무 예쁘실것 같아서요 ㅎㅎ #comp
B: 아닌데요 ㅋㅋ
A: 혹시 중학생? 콘텐츠에 출연해 볼래요? 출연료 있어요 #age #spon
B: 헐
A: 그럼 먼저 교복 입은 사진 한장 보내줘요 부모님한텐 촬영 끝나고 말하기 #img #sec
+ pc_owner | 카톡 | 피시방 사장 | m | 16 | m
A: 너 단골이니까 오늘 공짜로 해줄게 ㅋㅋ #gift
B: 오 감사합니다
A: 근데 몇살이더라? #age
B: 16이요
A: 밤 10시 넘으면 원래 안되는데 뒷방에서 해 아무도 모르게 #sec #meet
+ penpal | 펜팔 앱 | 펜팔 친구라는 성인 | m | 14 | f
A: 우리 펜팔한지 두달이네 ㅎㅎ 넌 나한테 진짜 소중해 #comp
B: 나도 ㅎㅎ
A: 다른 앱으로 옮겨서 영상통화 할래? #plat #img
B: 영통은 좀 떨리는데
A: 괜찮아 ㅎㅎ 밤에 부모님 주무시면 해 #sec #img
+ dialect_groom | 오픈채팅 | 부산 사는 아재 | m | 15 | f
A: 니 몇살이고 #age
B: 15살인데예
A: 아이고 어리네 그래도 말하는 거 보니 어른스럽다 #comp
B: ㅋㅋ 고마워예
A: 우리끼리만 얘기하재이 딴데 말하지 말고 #sec
B: 네..
A: 사진 하나 보내봐라 얼굴 보고싶다 #img
+ game_item_image | 게임 채팅 | 다른 유저 | m | 12 | f
A: 로벅스 필요함? ㅋㅋ #gift
B: 응 ㅠㅠ
A: 천 로벅스 줄게 대신 너 사진 하나 #gift #img
B: 어떤 사진
A: 그냥 셀카 ㅋㅋ 엄마한테는 말하면 안됨 #img #sec
+ teacher_impostor | 학원 단톡 → 개인톡 | 학원 쌤이라는 사람 | m | 16 | f
A: 단톡 말고 개인적으로 연락했어 #plat
B: 네 쌤
A: 너 요즘 성적 많이 올랐더라 쌤이 제일 아끼는 학생이야 #comp
B: 감사합니다
A: 주말에 쌤이랑 따로 보충하자 카페에서. 다른 애들한텐 말하지 말고 #meet #sec
+ shelter_boy | 가출 오픈채팅 | 형이라는 사람 | m | 15 | m
B: 형 저 집 나왔어요
A: 잘했어 ㅋㅋ 거기 있어봤자 맞기만 하잖아 #shelter
B: 어디 갈지 모르겠어요
A: 우리 팸 들어와 방 있음 대신 일 좀 도와주면 돼 #shelter #spon
B: 무슨 일요?
A: 물건 전달 ㅋㅋ 쉬움 오늘 터미널로 와 #spon #meet #now
+ sexual_escalation | 오픈채팅 | 대학생이라는 사람 | m | 16 | f
A: 너 남친이랑 스킨십 어디까지 함? #sex
B: 그런거 없는데요
A: ㅋㅋ 귀엽네 오빠가 알려줄게 #comp #sex
B: 싫어요
A: 한번만 얘기해보자 아무도 안 봐 #sex #sec
+ money_pocket_gradual | 카톡 | 엄마 친구라고 하는 낯선 사람 | m | 14 | f
A: 너 용돈 부족하지 않아? #money
B: 조금요..
A: 아저씨가 가끔 줄게 대신 만나서 밥 같이 먹어주면 돼 #money #meet
B: 엄마한테 물어볼게요
A: 엄마한테는 말하지 마 엄마가 부담스러워해 #sec
+ live_stream | 라이브 방송 앱 | 후원자 | m | 15 | f
A: 방송 잘 보고 있어요 ㅎㅎ 매일 후원할게요 #gift
B: 헉 감사합니다
A: 대신 1:1 영상통화 한번 해줘요 둘이서만 #img #plat #sec
B: 그건 좀..
A: 후원 10만원 더 쏨 ㅎㅎ #gift
+ obfuscated_condition | 랜덤채팅 | 모르는 남자 | m | 17 | f
A: ㅇㄷ 필요하면 ㄱㄱ #money
B: ?
A: 만💕남 한번에 10 ㅎㅎ #money #meet
B: 몇시요
A: 오늘 8시 ㅇㅇ역 2번 출구 #meet #now
+ eng_keyboard_condition | 오픈채팅 | 모르는 남자 | m | 16 | f
A: whrjs rksmd? #money
B: 뭐라구요
A: 조건 ㅋㅋ 만나면 돈 줄게 #money #meet
B: 몇살인데요 아저씨
A: 상관없잖아 넌 몇살? #age
+ jamo_photo | SNS DM | 모르는 계정 | m | 15 | f
A: ㅅㅏㅈㅣㄴ 하나만 ㅎㅎ #img
B: 누구세요
A: 그냥 친구하고 싶어서 ㅎㅎ 나이가 어떻게 돼? #age
B: 15
A: 어리네 ㅋㅋ 부모님은 집에 계셔? #sec
+ imminent_pick | 카톡 | 채팅으로 알게 된 남자 | m | 14 | f
A: 지금 혼자 있어? #sec
B: 네 엄마 야근
A: 심심하지 ㅋㅋ 내가 지금 데리러 갈게 집 앞으로 나와 #meet #now
B: 지금요?
A: 응 10분이면 가 ㅋㅋ 엄마 오기 전에 들어가면 돼 #sec
+ sponsor_stipend | SNS DM | 스폰서 제안자 | m | 18 | f
A: 매달 생활비 지원해줄 수 있어요 #spon
B: 왜요?
A: 한 달에 두 번 만나서 밥 먹고 얘기하는 정도 ㅎㅎ #spon #meet
B: 그게 다예요?
A: 친해지면 그때 더 ㅎㅎ 학생이죠? 학생이면 더 좋아요 #age
+ threat_ex | 카톡 | 전 남친 (성인) | m | 17 | f
A: 나랑 다시 안 만나면 예전에 보낸 사진 다 뿌린다 #sext
B: 제발 그러지 마
A: 내일 3시에 공원으로 나와 안 나오면 알지? #sext #meet #now
B: 진짜 죽고 싶다 #self
+ gift_card_secret | 게임 채팅 | 다른 유저 | m | 13 | m
A: 문상 필요한 사람 ㅋㅋ #gift
B: 저요!!
A: 오 몇살? #age
B: 13요
A: 귀엽네 ㅋㅋ 개인 디엠으로 와 여기서 주면 다들 달라고 함 #plat #sec
+ fake_casting | 인스타 DM | 캐스팅 디렉터라는 사람 | m | 16 | m
A: 연습생 캐스팅 관심 있어요? 비주얼이 좋아요 #spon #comp
B: 진짜요?
A: 카메라 테스트 해야돼서 상의 벗고 찍은 사진 보내줘요 다들 하는 거 #img #sex
B: 꼭 그래야 돼요?
A: 회사 규정이에요 ㅎㅎ 부모님껜 합격하고 말해요 #sec
+ runaway_girl_room | 가출 게시판 쪽지 | 30대 남자 | m | 14 | f
B: 오늘 잘 곳 구해요
A: 우리 원룸 비어있어 와서 지내 #shelter
B: 공짜요?
A: 응 먹고 싶은거 다 사줌 대신 가끔 같이 있어주면 돼 ㅎㅎ #shelter #gift #money
+ metaverse_gift | 메타버스 앱 | 오래 알고 지낸 유저 | m | 12 | f
A: 아바타 옷 사줄게 ㅎㅎ 젤 비싼걸로 #gift
B: 헐 최고
A: 대신 나랑 비밀 친구하자 ㅋㅋ 아무한테도 말하기 없기 #sec
B: 알겠어
A: 실제 얼굴도 궁금하다 사진 하나만 #img
+ study_cam | 캠스터디 앱 | 스터디 방장 | m | 15 | f
A: 너 진짜 성실하다 방에서 제일 오래 공부함 #comp
B: ㅎㅎ 감사
A: 따로 1:1 캠스터디 할래? 나랑 둘만 #plat #img #sec
B: 음 왜요?
A: 집중 잘 되잖아 ㅎㅎ 밤 12시쯤 어때 #img
+ part_time_photo | 알바 앱 채팅 | 쇼핑몰 사장 | m | 17 | f
A: 피팅모델 알바 지원해 주셨네요 ㅎㅎ #spon
B: 네
A: 몸매 라인 보이게 찍은 사진 먼저 보내주세요 속옷 라인이면 페이 더 드려요 #img #sex #spon
B: 그건 좀...
A: 부모님 동의서는 필요 없어요 ㅎㅎ #sec
+ slow_friend_drinks | 동네 농구장 → 카톡 | 동네 형 | m | 16 | m
A: 오늘 슛 개잘들어가더라 ㅋㅋ #comp
B: ㅋㅋ 운빨
A: 토요일 밤에 우리집 와 맥주 한 캔 하자 ㅋㅋ #meet #sex
B: 저 미성년자인데요
A: 아무도 몰라 ㅋㅋ 엄마한텐 숙제한다고 해 #sec
+ blackmail_screenshot | 랜덤채팅 | 모르는 사람 | m | 15 | m
A: 너 아까 보낸 사진 캡처해뒀다 #sext
B: 지워주세요
A: 만원만 보내면 지워줌 안 보내면 가족한테 보냄 #sext
B: 돈 없어요
A: 엄마 지갑 있잖아 오늘까지 #sext
+ image_bribe_eng | 게임 채팅 | 다른 유저 | m | 13 | f
A: tkwls 보내주면 템줄게 #img #gift
B: 무슨 사진
A: 그냥 너 얼굴 ㅋㅋ 귓말로 보내 #img #plat
+ long_trust_secret | 카톡 | 교회 오빠라는 사람 | m | 15 | f
A: 요즘 부모님이랑 사이는 어때
B: 여전히 별로예요
A: 넌 나한테만 말하면 돼 오빠가 다 들어줄게 #comp #sec
B: 고마워요
A: 우리 얘기는 우리끼리만 알자 너네 엄마가 알면 또 난리칠걸 #sec
B: 네
A: 다음주에 오빠 차로 드라이브 가자 ㅎㅎ #meet
+ volunteer_hours | 봉사 단체 카톡 | 봉사 담당자라는 사람 | m | 16 | f
A: 봉사시간 넉넉하게 넣어줄 수 있어 ㅎㅎ #gift
B: 진짜요?
A: 대신 주말에 사무실 와서 서류 정리 좀 도와줘 둘이서 금방 해 #meet #sec
B: 다른 봉사자들은요?
A: 너만 부른 거야 ㅎㅎ 특별히 #comp #sec
+ kakao_move_age | 오픈채팅 | 모르는 남자 | m | 14 | f
A: 오픈채팅은 불편하네 카톡 아이디 알려줘 #plat
B: 왜요?
A: 더 편하게 얘기하려고 ㅎㅎ 중학생이지? #age
B: 네
A: 중딩이면 딱 좋네 ㅋㅋ 부모님한텐 말하지 말고 #sec
+ sextortion_install | 영상채팅 앱 | 또래 여자인 척하는 사람 | f | 17 | m
A: 여기 소리가 안 나와 ㅠ #sext
B: 나도 안 들려
A: 이 앱 받아봐 거기서 다시 하자 #sext #plat
B: 깔았음
A: 니 연락처 목록 다 받았어 백만원 안 보내면 친구들한테 영상 뿌린다 #sext
+ condition_youth_voice | 오픈채팅 | 모르는 남자 | m | 16 | f
B: 용돈 필요해요
A: 얼마? 만나면 줄게 #money #meet
B: 20이요
A: ㅇㅋ 대신 모텔에서 ㅎㅎ #money #sex #meet
+ runaway_boy_game | 게임 채팅 | 다른 유저 (성인) | m | 14 | m
B: 아 집 들어가기 싫다
A: 왜 ㅋㅋ 가출해 형이 재워줄게 #shelter
B: 진짜요?
A: ㅇㅇ 게임 실컷 하고 ㅋㅋ 부모님한텐 연락하지 말고 #shelter #sec
+ photo_club | 사진 동호회 카톡 | 동호회 회원 | m | 15 | f
A: 너 사진 모델 해볼래? 예술 사진 ㅎㅎ #spon #comp
B: 어떤 사진요?
A: 자연스러운 느낌 ㅎㅎ 옷은 적게 입을수록 예뻐 #img #sex
B: 싫어요
A: 한번만 해봐 아무도 모르게 #sec
+ elongation_meet | SNS DM | 모르는 남자 | m | 15 | f
A: 만나자아아아 #meet
B: 누구세요
A: 맛있는거 사주께에 ㅎㅎ #gift
B: 몇살이에요?
A: 그게 뭐가 중요해 너는 몇 학년? #age
+ age_comp_secret_plat | 웹툰 커뮤니티 DM | 독자라는 성인 | m | 13 | f
A: 님 몇 살이에요? #age
B: 13요
A: 헐 글 쓰는 거 보면 고등학생인 줄 ㅎㅎ 완전 성숙 #comp
B: 감사합니다
A: 우리 텔레로 얘기해요 여긴 다 보이니까 #plat
+ hidden_phone | 카톡 | 온라인 친구 (성인) | m | 15 | m
A: 너 폰 검사 당한다며 #sec
B: 네 엄마가 자주 봐요
A: 그럼 대화 다 지워 ㅋㅋ 우리 얘기 보면 또 뺏을걸 #sec
B: 알겠어요
A: 담에 만나면 새 폰 사줄게 #gift #meet
+ swim_coach | 카톡 | 수영 강사 | m | 14 | f
A: 수영 실력 많이 늘었다 ㅎㅎ 선생님이 제일 아끼는 제자 #comp
B: 감사해요
A: 강습 끝나고 남아 개인 지도 해줄게 다른 수강생들한텐 말하지 말고 #meet #sec
B: 엄마가 데리러 오는데요
A: 강습 연장됐다고 해 ㅋㅋ 둘만 #sec
+ teen_dating_adult | 랜덤채팅 | 20대 남자 | m | 15 | f
A: 나이 차이 상관없지? ㅎㅎ #age
B: 몇 살인데요
A: 스물여섯 ㅋㅋ 넌 15살이라며 #age
B: 네
A: 괜찮아 사랑에 나이가 어딨어 우리 사귀자 근데 비밀로 #comp #sec
+ cash_photo | SNS DM | 모르는 사람 | m | 17 | f
A: 발 사진 한장에 삼만원 ㅎㅎ #img #gift
B: 발요?
A: 응 다음엔 다른데도 ㅎㅎ 페이 더 줄게 #img #sex #money
+ dorm_sleepover | 태권도장 카톡 | 사범 | m | 13 | m
A: 이번 주말 도장에서 합숙해 ㅋㅋ 너만 특별히 #comp #meet
B: 다른 애들은요?
A: 너만 부른거야 다른 애들한텐 말하지 마 #sec
B: 엄마한테 말해도 돼요?
A: 그냥 도장 행사라고 해 ㅋㅋ 토요일 8시 도장 앞 #sec #meet #now
+ look_alike_offer | 오픈채팅 | 모르는 남자 | m | 16 | f
A: 0ㅕ학생 구함 ㅎㅎ #age
B: 뭐하는데요
A: 같이 놀아주면 용돈 줌 ㅋㅋ #money
B: 어디서요
A: 내 차에서 ㅎㅎ 오늘 가능? #meet
+ chat_job | 알바 앱 | 채팅 알바 모집자 | f | 17 | f
A: 채팅 알바 해볼래요? 집에서 폰으로 시간당 만오천 #spon
B: 어떤 채팅요?
A: 아저씨들이랑 얘기만 하면 돼요 가끔 수위 있는 얘기도 ㅎㅎ #sex #spon
B: 음...
A: 미성년자도 가능 부모님 동의 필요 없어요 #age #sec
+ slow_age_meeting_gift | 게임 채팅 | 오래 같이 게임한 유저 | m | 15 | m
A: 너랑 게임하는게 제일 재밌다 ㅋㅋ #comp
B: 저도요 ㅋㅋ
A: 학교 어디 다녀? 몇학년? #age
B: 중3이요
A: 이번에 새로 나온 게임기 있는데 줄게 직접 만나서 #gift #meet
+ concert_ticket | 팬카페 쪽지 | 티켓 양도자 | m | 16 | f
A: 콘서트 티켓 그냥 줄게요 ㅎㅎ #gift
B: 헐 왜요??
A: 팬끼리 돕는거죠 대신 공연 끝나고 같이 밥 먹어요 둘이서 #meet #sec
B: 친구랑 가는데..
A: 친구는 빼고 ㅎㅎ 3번 출구에서 기다릴게 #sec #meet #now
+ fake_girl_photo | SNS DM | 또래 여자인 척하는 계정 | f | 14 | m
A: 너 잘생겼다 ㅋㅋ 프사 봤어 #comp
B: 아 ㅋㅋ 고마워
A: 우리 사진 교환할래? 나 먼저 보낼게 #img
B: 그래
A: 이제 니 차례 ㅎ 좀 더 과감한거 #img #sex
+ runaway_now | 카톡 | 가출 상담해준다는 사람 | m | 15 | f
B: 엄마랑 싸워서 나왔어요 지금 공원이에요
A: 추운데 어떡해 내가 지금 갈게 어느 공원? #shelter #meet #now
B: 동네 공원이요
A: 오늘은 우리 집에서 자 부모님한텐 연락하지 말고 #shelter #sec
+ quiz_sexual | 익명 질문 앱 | 익명 | m | 15 | f
A: 첫 키스 해봤어요? #sex
B: 아뇨
A: ㅋㅋ 알려주고 싶다 몇 살? #sex #age
B: 15
A: 딱 좋은 나이 ㅎㅎ 카톡 줘 #plat #comp
+ gift_cosmetics | SNS DM | 동네 언니라는 사람 | f | 14 | f
A: 화장품 새거 많은데 줄까? ㅎㅎ #gift
B: 진짜요?
A: 대신 바른 얼굴 사진으로 후기 보내줘 여기 말고 카톡으로 #img #plat
B: 네 ㅎㅎ
A: 그리고 아는 오빠들 있는데 같이 놀면 용돈도 줘 #money #meet
+ sponsor_dropout | 오픈채팅 | 후원자라는 사람 | m | 17 | f
A: 학교 다니기 힘들면 자퇴해 내가 생활비 대줄게 #spon
B: 진짜요?
A: 응 나한테 키우는 친구들 몇명 있어 ㅎㅎ #spon
B: 대신 뭐 해야 돼요?
A: 가끔 만나서 놀아주면 돼 부모님한텐 비밀 #meet #sec #money
+ coach_photo | 카톡 | 배드민턴 클럽 코치 | m | 15 | f
A: 자세 교정해야 하니까 운동복 입고 찍은 사진 보내봐 #img
B: 수업 때 보면 안돼요?
A: 영상으로 봐야 정확해 ㅎㅎ 몸 라인 잘 보이게 #img #sex
B: 엄마한테 물어볼게요
A: 그냥 보내 엄마까지 귀찮게 할 필요 없어 #sec
+ gamer_meet_hotel | 게임 채팅 | 길드 부길마 | m | 16 | m
A: 정모 하는데 너도 와 ㅋㅋ #meet
B: 어디서요?
A: 호텔 방 잡아놨어 밤새 게임 ㅋㅋ #meet #shelter
B: 외박은 안되는데
A: 친구 집에서 잔다고 해 다들 그렇게 옴 #sec
+ emoji_secret | SNS DM | 모르는 남자 | m | 13 | f
A: 우리 비💕밀 친구 하자 #sec
B: 비밀친구?
A: 응 ㅎㅎ 너 몇 살이야? #age
B: 13
A: 귀여워 ㅎㅎ 사진 보내봐 #comp #img
+ fake_counsellor | 고민 게시판 DM | 상담사라는 사람 | m | 16 | f
B: 요즘 너무 힘들어서 죽고 싶어요 #self
A: 상담사라서 도와줄 수 있어요 직접 만나서 얘기해요 #meet
B: 어디서요?
A: 오늘 7시 역 앞 카페 혼자 와요 부모님은 걱정하시니까 말하지 말고 #meet #now #sec
+ delivery_errand | 가출팸 채팅 | 가출팸 리더 | m | 15 | m
A: 팸 들어오고 싶으면 심부름 하나 해 ㅋㅋ #shelter #spon
B: 무슨 심부름요?
A: 물건 전달 일당 10 ㅋㅋ 부모님이랑은 연락 끊어 #spon #sec
"""
