"""Positive conversations of author f, part 2 (see write_f.py)."""

POSITIVE_2 = """
+ slow_fake_peer_uniform | 롤 친구 채팅 → 카톡 | A adult_stranger m 동갑인 척하는 성인 | B 14 f
A: 어제 칼바람 ㄱㅅ 너 럭스 궁 미쳣음
B: ㅋㅋㅋ 운임
A: 운 아님 ㅋㅋ 오늘도 ㄱ?
B: 숙제 끝나고 ㄱㄱ
A: 무슨 숙제
B: 수행평가 ㅠ 국어
A: 아 나도 그거 개싫어했음
B: 했음? 지금은 안함?
A: 아 ㅋㅋ 아니 지금도 함 중3이라
B: 오 선배네 ㅋㅋ 나 중2
A: 중2인데 말 진짜 잘 통한다 내 친구들은 애같음 #comp
A: 너만 이렇게 편한 듯 ㅎㅎ #comp
B: ㅋㅋㅋ 고마워
A: 카톡으로 얘기하자 롤 채팅 금방 날아감 #plat
B: ㅇㅋ
A: 근데 너네 학교 교복 이쁨? 사진 보여줘 #img
B: 그냥 평범한데 ㅋㅋ
A: 입고 찍은거 ㅎㅎ 궁금해서 #img
A: 토요일에 너네 동네 쪽 가는데 잠깐 볼래? 애들한텐 말하지 말고 #meet #sec
B: 음 근데 너 진짜 중3 맞아?
A: 왜 의심해 ㅋㅋ 서운하네 #sec
+ sextortion_roblox_to_insta | 로블록스 → 인스타 DM | A adult_stranger m 여자인 척하는 계정 | B 13 m
A: 로블에서 같이 입양하세요 한 애 맞지?? ㅎㅎ
B: ㅇㅇ 맞아요
A: 인스타 찾았당 ㅋㅋ 나 14살 너는?? #age
B: 13
A: 귀엽다ㅠ 우리 영통 할래? 얼굴 보고 싶어 #comp #img
B: 음
B: 잠깐만
B: 엄마 있어서
A: 엄마 나가면 해줘 ㅎㅎ 비밀로 #sec #img
B: 나갔어요
A: 이 앱으로 걸게 인스타는 렉 걸려 #plat
B: 깔았어요 근데 얼굴이 안보여요
B: 여보세요?
B: 소리 안들려요
A: ㅋㅋ 너 영상 저장했어 팔로워 목록도 다 있음 #sext
A: 백만원 보내 아니면 너네 학교 애들한테 다 보냄 #sext
B: 저 돈 없어요 ㅠㅠ
A: 엄마 카드 번호 찍어 보내 #sext
+ manager_donation_boy_cam | 방송 플랫폼 DM | A adult_stranger m 스트리머 매니저 사칭 | B 15 m
A: 안녕하세요 겜방 보는데 재능 있어 보여서 연락드려요
A: 저 여러 스트리머 관리하는 매니저예요
B: 헐 감사합니다
A: 몇살이에요? #age
B: 중3이요
A: 중3이면 요즘 제일 잘 먹혀요 얼굴 잘생겼던데 #comp
A: 후원 많이 받게 해줄게요 제가 큰손들 연결해줌 #spon
A: 대신 캠 켜고 좀 과감하게 하는 방송 연습해봐요 #img
B: 과감하게요?
A: 옷 좀 벗고 하면 후원 터져요 남자 스트리머도 다 해요 #img #sex
B: 그건 좀
A: 부모님은 모르게 부계정으로 하면 되죠 #sec
B: 좀 생각해보고요
+ valorant_coach_chungcheong | 디스코드 DM | A adult_stranger m 발로 코치 사칭 | B 16 f
A: 어제 클립 봤어유 에임이 보통이 아니여
B: 감사합니다 코치님
A: 부모님은 니가 게임 하는 거 좋아하셔?
B: 아뇨 맨날 공부하라 하세요
A: 그려 부모님은 니 재능 몰러 나만 알아보는 겨 #comp #sec
B: ㅠㅠ
A: 몇 살이라 했쥬 #age
B: 고1요
A: 밤에 보이스로 따로 코칭 해줄게 부모님 주무실 때 #sec
A: 그리고 폼 체크하게 사진 하나 보내봐 방 안에서 편하게 입은 걸로 #img
B: 폼 체크를 사진으로 해요?
A: 손목이랑 자세 다 봐야 혀 #img
A: 이건 우리 둘만 아는 걸로 허자 #sec
+ brawl_giftcard_meet | 브롤스타즈 → 카톡 | A adult_stranger m 브롤 친구 | B 14 f
B: 아 또 짐
B: 쇼다운 개빡침
B: 왜케 어려움
A: ㅋㅋ 괜찮아 너 잘하는 편임
A: 구글 기프트카드 보냈어 확인해봐 #gift
B: 헐 만원??
A: ㅎㅎ 너 브롤패스 사라고
B: 감사해요 근데 왜 이렇게 잘해주세요
A: 너가 착하니까 ㅋㅋ 몇 살이지? #age
B: 14요
A: 주말에 만나서 맛있는거 먹을래 내가 더 사줄게 #meet #gift
A: 어디 살아? #meet
B: 부산이요
A: 서면 ㄱㄱ 엄마한테는 친구랑 논다 해 #meet #sec
B: 친구한테 얘기했는데 친구가 가지 말래요
A: 친구 말 듣지 마 걔가 질투하는거야 #sec
B: 그냥 기프트카드 돌려드릴게요
+ roblox_voice_photo | 로블록스 음성채팅 → 디스코드 | A adult_stranger m 데이트맵 유저 | B 13 f
A: 목소리 완전 귀엽다 ㅋㅋ #comp
B: ㅋㅋ 감사요
A: 몇살? 목소리는 초딩 같은데 #age
B: 아닌데 중1임
A: 중1이면 남친 있어?
B: 없음
A: 나랑 디코에서 사귀는척 놀래 #plat
A: 자기 전에 셀카 보내주면 로벅스 줄게 #img #gift
B: 어떤 셀카요
A: 잠옷 입고 침대에서 ㅎㅎ #img
A: 이런 얘기 친구들한텐 하지마 #sec
B: 이상해요 안할래요
+ maple_helper_runaway | 메이플 귓속말 → 텔레그램 | A adult_stranger m 헬퍼 | B 17 f
B: 길드 채팅에 쓴 거 보셨어요?
A: ㅇㅇ 집 나왔다며 지금 어디야
B: 찜질방인데 돈 다 떨어짐
A: 헬퍼 해줄게 우리 집 와서 지내 #shelter
A: 밥이랑 폰비는 내가 해결 #shelter #gift
B: 대신 뭐 해야되는데요
A: 그건 만나서 얘기 ㅋㅋ 용돈도 줄 수 있음 #money
A: 텔레로 와 메이플 귓은 운영자가 봄 #plat
B: 몇 살이세요
A: 나이는 중요하지 않아 ㅋㅋ 너 고딩이지? 더 좋아 #age
A: 오늘 밤 11시 그 찜질방 앞 #shelter #now
+ discord_nitro_boy | 디스코드 DM | A adult_stranger m 니트로 나눔 계정 | B 12 m
A: 니트로 나눔 당첨 ㅊㅊ
B: ㄹㅇ? 나 신청 안했는데
A: 서버에서 랜덤 뽑음 ㅋㅋ
A: 받으려면 본인인증 영통 30초만 #img
B: 엄마 폰으로 해야되는데
A: 엄마한텐 비밀로 해 들키면 취소됨 #sec
A: 몇 학년? #age
B: 6학년
A: ㅇㅋ 지금 걸게 상의 나오게 #img
B: 엄마 불러올게요
+ manager_contract_officetel | 카톡 | A adult_stranger m 방송 매니저 사칭 | B 17 f
A: 어제 말한 계약 건이요
B: 네
A: 계약금 50 먼저 드리고 월 후원 보장 #spon
B: 부모님 사인은요?
A: 미성년자 계약은 우리가 알아서 처리해요 번거롭게 하지 말고 #spon #sec
A: 오늘 밤에 사무실 와서 카메라 테스트 #meet
B: 사무실이 어디예요
A: 역삼역 근처 오피스텔이에요 밤 9시 #meet #now
A: 테스트 때 촬영 좀 해요 옷 여러 벌 챙겨와요 #img
B: 밤에 가야돼요?
A: 낮엔 스케줄 꽉 차서요
+ jeolla_sextortion_paid | 영상통화 앱 → 카톡 | A adult_stranger m 몸캠 협박범 | B 16 m
A: 돈 보낸 거 확인했어
B: 이제 지워주세요 제발
A: 워매 그걸로 끝날 거 같어? 한번 더 보내 #sext
B: 약속했잖아요
A: 니 친구목록 다 갖고 있당께 반 단톡에 올려불까? #sext
B: 진짜 더 없어요
A: 폰 팔든지 알아서 혀 #sext
B: 부모님한테 말할거에요
A: 말하믄 바로 뿌려분다 #sext
B: 117에 신고했어요
+ pubg_uc_sexual | 배그 → 카톡 | A adult_stranger m 스쿼드 아저씨 | B 15 f
A: UC 충전해놨어 스킨 골라 #gift
B: 헐 대박 ㄳㄳ!!
A: ㅎㅎ 고1? #age
B: 중3요
A: 어른스럽다 남친은? #comp
B: 없어요
A: 남친 생기면 어디까지 해볼 거야 ㅋㅋ #sex
B: 네?
A: 경험 있냐고 ㅋㅋ 장난임 #sex
A: 엄마가 카톡 봐? #sec
B: 아뇨
A: 그럼 밤에 얘기하자 더 재밌는 얘기 해줄게 #sex
B: 저 그만할게요
+ pcbang_overnight_jjimjil | 카톡 | A adult_stranger m 피방에서 만난 형 | B 14 m
A: 오늘 밤새 게임 ㄱ?
B: 피방 10시에 쫓겨나잖아요 ㅋㅋ
A: 형 집 PC 두 대 있음 ㅋㅋ 자고 가 #shelter
B: 엄마가 외박 안된대요
A: 친구 집에서 잔다고 해 형이 친구 엄마인척 문자 보내줄게 #sec
A: 치킨도 시켜줌 #gift
A: 몇 살이라 했지? 중2? #age
B: 네
A: 8시에 피방 앞에서 기다려 #meet #now
B: 진짜 괜찮아요?
A: 형 믿어 #comp
+ englishkey_fast | 로블록스 채팅 | A adult_stranger m 모르는 유저 | B 13 m
A: ㅎㅇ
A: 몇살 #age
B: 13
A: dudxhd ㄱ? #img
B: 그게 뭐임
A: 영통 ㅋㅋ 로벅스 줌 #img #gift
B: 왜 남자랑 영통함
A: 그냥 친구하자고 디코 ㄱ #plat
B: ㄴㄴ 싫어
+ group_server_then_dm | 디스코드 게임 서버 → DM | A adult_stranger m 서버 운영진 | B 13 f | C peer 14 f 서버원 | D peer 13 m 서버원
A: 이번 주 서버 내전 신청 받음 ㄱㄱ
C: 저 신청이요
D: 나도 ㅋㅋ
B: 저도 할래요!!
A: ㅇㅋ 다들 화이팅 질서 지키자
C: 운영진님 착하심 ㅋㅋ
A: B야 잠깐 DM 확인 #plat
A: 내전 MVP 상품 너한테 주려고 ㅎㅎ 너 제일 귀엽게 겜함 #comp #gift
B: ㅋㅋ 감사해요
A: 몇 학년? #age
B: 중1
A: 딱 좋다 ㅎㅎ 상품 받으려면 얼굴 사진 하나 보내 #img
A: 다른 애들은 모르게 #sec
B: 왜 모르게 해야돼요?
A: 편애한다고 하잖아 ㅋㅋ #sec
+ account_job_cash_meet | 카톡 | A adult_stranger m 계정 육성 알바 모집자 | B 16 f
A: 계정 키우기 알바 지원하셨죠
B: 네 집에서 할 수 있는거 맞죠?
A: 네 미성년자 가능 하루 두 시간에 5만원 #spon
A: 첫 달은 현금으로 직접 드려요 만나서 #money #meet
B: 계좌로는 안돼요?
A: 세금 문제 때문에 ㅎㅎ 나이 몇? #age
B: 고1이요
A: 목요일 저녁 7시 신림역 근처 카페 #meet #now
A: 부모님한테 얘기하면 동의서 써야 돼서 귀찮아져요 그냥 와요 #sec
B: 아 그럼 동의서 쓸게요
A: 그럼 없던 걸로 해요
+ adult_man_boy_allowance | 게임 친구 채팅 → 카톡 | A adult_stranger m 게임에서 만난 아저씨 | B 16 m
A: 오늘 배그 몇 판 했냐
B: 다섯판이요 치킨 한번
A: ㅋㅋ 잘하네
A: 용돈 필요하지 않냐
B: 필요하긴 하죠 ㅋㅋ
A: 남자끼리 편하게 만나서 밥 먹고 용돈 받아가 #money
B: 그걸 왜 주세요?
A: 그냥 니가 맘에 들어서 #comp
A: 고딩이지? 10 줄게 #age #money
A: 아무한테도 말하지 말고 #sec
B: 그냥 밥만 먹는 거예요?
A: 만나서 얘기해 ㅋㅋ 드라이브도 하고 #money #meet
B: 좀 무서운데요 안갈래요
+ fake_girl_chosung_leave | 배그 친구 → 라인 | A adult_stranger m 여자 프사 계정 | B 15 m
A: 나 대구 사는 여자 16살임 ㅎㅎ
A: 너랑 ㅇㅌ 하고 싶음 #img
B: ㅇㅌ?
A: 영통 ㅋㅋ 라인으로 ㄱ #img #plat
B: 왜 굳이 라인
A: 배그 채팅 로그 남아서 ㅎ #sec
B: 이거 형이 말한 몸캠 수법이랑 똑같네
B: 나감
+ minecraft_realm_school | 마인크래프트 렐름 → 카톡 | A adult_stranger m 렐름 주인 | B 12 m
A: 렐름 초대했음 들어와
B: 오 대박
A: 여기 우리 둘만 있는 비밀 렐름임 다른 애들 초대 ㄴㄴ #sec
B: ㅇㅋ
A: 학교 어디 다녀? #meet
B: 왜요?
A: 그냥 ㅋㅋ 나도 초등학생인데 같은 동네면 만나려고 #meet
A: 교복은 없지? 체육복 입은 사진 보내봐 #img
B: 왜요
A: 우리 학교 체육복이랑 같은지 보려고 #img
B: 엄마가 사진 보내지 말랬음
+ brawl_quick_telegram | 브롤스타즈 클럽 채팅 | A adult_stranger m 클럽원 | B 14 m
A: 너 목소리 좋더라 몇살 #age #comp
B: 14
A: 14면 한창이네 텔레 있냐 #plat
B: 없는데요
A: 깔아 거기서 좋은거 보여줄게 #plat #sex
B: 뭔데요
A: 어른들만 보는거 ㅋㅋ 비밀 #sex #sec
B: 아 됐어요
+ selfharm_game_shelter | 게임 내 채팅 → 카톡 | A adult_stranger m 게임 친구 | B 14 f
B: 오늘 겜 못할듯
A: 왜?
B: 집 나가고 싶음
B: 그냥 죽고 싶어 #self
A: 혼자 있지 마 내가 가줄게 #shelter
A: 어디야 #meet
B: 몰라 놀이터
A: 카톡 아이디 줘 거기서 얘기하자 #plat
A: 오늘은 나랑 있자 재워줄게 #shelter
A: 엄마한텐 연락하지 마 #sec
B: 진짜요?
A: 응 20분이면 가 #shelter #now
+ skin_debt_photo | 발로란트 → 디스코드 DM | A adult_stranger m 스킨 빌려준 유저 | B 15 f
A: 저번에 스킨 사준 거 기억하지 #gift
B: 네 감사했어요
A: 이제 갚아야지 ㅋㅋ
B: 돈은 지금 없어요 ㅠ
A: 돈 말고 사진으로 갚아 #img
B: 무슨 사진이요
A: 너 얼굴이랑 교복 입은 전신 #img
A: 안 보내면 니가 먹튀했다고 학교 애들한테 다 말할 거야 #sext
B: 제가 달라고 한 것도 아닌데요
A: 받았잖아 ㅋㅋ #gift
+ guild_mt_overnight | 메이플 길드 단톡 → 카톡 | A adult_stranger m 길드원 직장인 | B 16 f
A: 오늘 보스 ㄱㅅ
B: 넹 ㅎㅎ 덕분에 템 먹음
A: 이번 길드 MT 너도 와
B: MT요? 1박이에요?
A: ㅇㅇ 펜션 잡아놨어 다 성인인데 너는 특별히 #meet #comp
B: 저 미성년자라 엄마가 안보내줄걸요
A: 친구 집에서 잔다 해 ㅋㅋ #sec
A: 술은 안 먹여 걱정마
B: 다른 길드원들도 다 와요?
A: 몇 명 빠져서 나랑 두세명 #meet
A: 금요일 저녁 6시 가평역 내가 태우러 감 #meet #now
B: 다시 생각해볼게요
+ already_sent_threat_gf | 라인 | A adult_stranger m 몸캠 협박범 | B 17 m
A: 여친 인스타 찾았다
A: 니 영상 여친한테 보내줄까? #sext
B: 하지 마세요 제발
A: 그럼 지금 50 #sext
B: 돈 없어요 알바비 들어오는 거 다음주에요
A: 다음주면 늦지 ㅋㅋ 여친 다음 니네 담임 #sext
B: 그냥 사라지고 싶다 진짜 #self
A: 돈 보내면 안 사라져도 됨 #sext
+ pubg_transfer_feet | 배그 → 카톡 | A adult_stranger m 스쿼드 아저씨 | B 13 f
B: 아저씨 오늘 왜 접속 안했어요
A: 야근 ㅋㅋ 너는 숙제 다 했냐
B: 반만
A: 용돈 보냈다 치킨 사먹어 #gift
B: 헐 만원 ㄷㄷ 감사합니다
A: 엄마한텐 내가 보낸 거 말하지 말고 #sec
B: 왜요?
A: 어른이 주면 엄마들은 괜히 걱정함
A: 대신 사진 하나만 ㅎ 발 사진 #img
B: 발이요???
B: ㅋㅋㅋㅋ 왜요
A: 그냥 취향 ㅋㅋ 양말 벗고 #img
B: 이상해 돈 돌려드릴게요
+ roblox_dev_team_salary | 디스코드 DM | A adult_stranger m 로블록스 개발팀장 사칭 | B 14 m
A: 로블 게임 개발팀 모집 보고 연락줬지
B: 네 저 스크립트 조금 할줄알아요
A: 팀 들어오면 매달 로벅스 월급 줌 #spon #gift
B: 와 진짜요
A: 몇살? #age
B: 중2
A: 어린데 천재네 ㅋㅋ 팀원은 얼굴 인증 필수 #comp #img
A: 디코 영통 켜고 상의 안 입고 찍은 거 하나 #img
B: 그건 왜요
A: 팀 규칙 부모님한테 말하면 탈락 #sec
B: 안할래요
+ viewer_invites_boy_streamer | 방송 DM → 카톡 | A adult_stranger m 단골 시청자 | B 17 m
A: 방송 늘 잘 보고 있어요 후원 항상 하는 사람이에요
B: 아 감사합니다 ㅎㅎ
A: 합방 한번 할래요? 우리 집에 장비 좋아요 #meet
B: 오 어디신데요
A: 일산이에요 토요일 밤에 와서 자고 가요 #meet #shelter
A: 고딩 맞죠? 부모님한테는 친구 집이라고 해요 #age #sec
B: 밤은 좀 그런데
A: 토요일 밤 10시 대화역 앞 데리러 갈게 #meet #now
A: 카톡으로 옮겨요 방송 DM은 매니저가 봐서 #plat
B: 매니저 없는데요 저 ㅋㅋ
A: 아무튼 카톡 ㄱ #plat
+ lol_noona_sexual | 롤 → 카톡 | A adult_stranger f 누나라는 계정 | B 15 m
A: 탑 라인전 뭐임 ㅋㅋ
A: 솔킬 세번
A: 미쳤다
A: 너 탑 개잘해 누나 반함 ㅋㅋ #comp
B: ㅋㅋ 누나 몇살인데요
A: 스물셋 너는? #age
B: 중3
A: 귀엽네 ㅋㅋ 여친 있어?
B: 없어요
A: 여친이랑 어디까지 해봤어? #sex
B: 네?
A: 누나가 알려줄까 ㅎㅎ 카톡으로 와 #sex #plat
A: 거기서 영통하자 #img
B: 좀 아닌 것 같아요
"""
