"""Author d: positive conversations, part 2 (DM style, synthetic and non-explicit). Format as in
data_d_pos1.py."""

POSITIVE_2 = r"""
+ random_chat_sexual_fast | 랜덤채팅 앱 | 익명 | m | 15 | f
A: ㅎㅇ
A: 여자?
B: ㅇㅇ
A: 몇살 #age
B: 15
A: ㅋㅋ 어리네
A: 0ㅑ한 얘기 해볼래? #sex
B: ㄴㄴ
A: 왜 그냥 대화만 ㅋㅋ #sex
A: 남친 있어? 어디까지 해봄? #sex
B: 꺼져요
A: 사진 하나 주면 문상 줌 #img #gift
+ idol_staff_fake | X(트위터) DM | 아이돌 스태프 사칭 | f | 14 | f
A: 안녕하세요 ○○ 공식 스태프예요
A: 팬싸 당첨자 명단 정리 중인데요
B: 헐 제가요???
A: 네 ㅎㅎ 근데 미성년자 확인이 필요해서요
A: 나이랑 학교 알려주세요 #age
B: 14살 ○○중이요
A: 확인용 셀카랑 교복 사진 보내주세요 #img
B: 보내면 되나요?
A: 네 그리고 팬싸 전에 멤버가 영통 팬싸 연습하는데 #img
A: 당첨자만 특별히 해요 ㅎㅎ #comp
A: 다른 팬들이나 부모님한테 말하면 취소돼요 #sec
B: 알겠어요!!
A: 카톡 아이디 알려줄게요 거기로 와요 #plat
+ live_donation | 틱톡 라이브 → DM | 라이브 후원자 | m | 16 | f
A: 라이브 잘 봤어 ㅎㅎ
A: 아까 후원 큰 거 나야 ㅋㅋ #gift
B: 헐 감사합니다 ㅠㅠ
B: 진짜 감사해요
A: 담엔 더 해줄게 #gift
A: 대신 나만을 위한 라이브 해줄 수 있어? #img
B: 그게 뭐예요?
A: 1:1 영통 ㅎㅎ #img #plat
A: 다른 사람들 없이 #sec
A: 교복 입고 ㅋㅋ #img
A: 학생 맞지? #age
B: 네 고1
A: 좋아 오늘 밤에 해 후원 두 배로 해줄게 #gift #img
+ slow_sexual_talk_dm | 인스타 DM | 연애 상담해주던 '대학생 오빠' | m | 16 | f
B: 오빠 또 남친이랑 싸움 ㅠㅠ
A: 왜 또 ㅋㅋ
B: 연락을 안 함
A: 걔 너무 애다
A: 너는 또래보다 훨씬 성숙한데 #comp
B: ㅋㅋ 그런가
A: 몇살이라 그랬지? 고1? #age
B: ㅇㅇ
A: 근데 걔랑 어디까지 가봤어? #sex
B: 네??
A: 아니 상담하려면 알아야지 ㅋㅋ #sex
A: 오빠는 경험 많으니까 알려줄 수 있어 #sex
A: 이런 얘긴 우리끼리만 #sec
B: 좀 부담스러워요
A: 부담 가질 거 없어 ㅎㅎ 다 알려줄게 #sex
+ meet_imminent_station | 인스타 DM | 온라인에서 알게 된 '오빠' | m | 14 | f
A: 오늘 시험 끝났지?
B: ㅇㅇ 드디어
A: 고생했어 ㅠㅠ 맛있는 거 사줄게 #gift
A: 몇시 끝나? #meet
B: 1시
A: 학교 앞은 좀 그렇고 #sec
A: 정류장 지나서 편의점 앞에 있을게 #meet #now
A: 친구들은 데려오지 마 ㅎㅎ #sec
B: 왜요?
A: 너랑만 얘기하고 싶어서 #comp
A: 엄마한텐 도서관 간다고 해 #sec
B: 알겠어요 1시 반쯤
+ tiktok_money_meet | 틱톡 DM | 팔로워 | m | 17 | f
A: 님 영상 보다가 DM 보내요
A: 혹시 용💸돈 알바 관심 있어요? #money
B: 무슨 알바요?
A: 저랑 밥 한번 먹으면 10 드려요 #money #meet
A: 그 이상은 협의 ㅎㅎ #money
B: 그냥 밥만요?
A: 네 처음엔 밥만 ㅋㅋ #money
A: 고딩이죠? #age
B: 고2요
A: 좋아요 이번 주 금요일 밤 여덟시 역 근처 모텔 골목 카페 #meet #money #now
A: 친구들한텐 말하지 말고 #sec
+ gachul_youth_seek | X(트위터) | 헬퍼 | m | 16 | f
B: 헬퍼 구합니다 16 여 #shelter
B: 오늘만 재워주실 분
A: DM 확인해요
A: 나이 진짜 16? #age
B: 네
A: 어디야 지금 #meet
B: 시내 버스터미널
A: 우리 집에서 자 밥도 먹여줄게 #shelter
A: 대신 나랑 놀아줘야 됨 ㅋㅋ #shelter #sex
B: 그게 무슨 뜻이에요
A: 그냥 얘기하고 ㅎㅎ 걱정 마
A: 삼십분 뒤에 터미널 정문으로 가 #shelter #meet #now
A: 폰 위치 꺼 #sec
+ game_guild_gift_photo | 모바일게임 길드 채팅 → DM | 길드장 | m | 13 | f
A: 막내님 오늘 레이드 수고 ㅋㅋ
B: ㅎㅎ 수고하셨어요
A: 다이아 쏴드릴게요 #gift
B: 헉 감사합니다!!
A: 길드원들한텐 비밀 ㅋㅋ 다 달라해요 #sec
A: 근데 말 편하게 해도 돼?
B: 넹
A: 너 몇살이야 #age
B: 13
A: 헐 애기네 근데 말투는 완전 어른 #comp
A: 얼굴 궁금하다 ㅋㅋ #img
A: 셀카 하나만 보내주면 다이아 더 줌 #img #gift
+ age_lie_zepeto_meet | 제페토 | 또래인 척하는 성인 | m | 14 | m
A: 야 월드 같이 돌자
B: ㄱㄱ
A: 너 몇살? #age
B: 14
A: ㅇㅇ 나도 ㅋㅋ
A: 근데 너 게임 진짜 잘한다 #comp
B: ㅋㅋ 감사
A: 실제로 만나서 피시방 갈래 #meet
A: 내가 다 냄 #gift
B: 어디 사는데?
A: 너 어디 사는지 먼저 ㅋㅋ #meet
B: ○○동
A: 나 차로 가면 금방이야
B: 차? 14살이라며
A: 아 우리 형 차 ㅋㅋㅋ
A: 암튼 부모님한텐 친구라고 해 #sec
+ momcam_boy_randomchat | 랜덤채팅 앱 | 여자인 척하는 계정 | f | 15 | m
A: 안녕 나 여자 18 ㅎㅎ
B: ㅎㅇ
A: 몇살이야? #age
B: 15
A: 연하 좋아 ㅋㅋ #comp
A: 라인 있어? 거기서 얘기하자 #plat
B: ㅇㅇ
A: 영통 하자 😘 #img
A: 근데 화면이 안떠 이 앱으로 다시 걸게 #sext
A: 설치 파일 보낼게 #sext
B: 깔았는데 안 되는데?
A: ㅋㅋ 된 거야
A: 연락처 다 털렸어 #sext
A: 아까 찍힌 거 부모님한테 보낸다 #sext
A: 50 보내면 삭제 #sext
+ sponsor_student_fast | 오픈채팅 | 스폰서 | m | 18 | f
A: 고딩이세요? #age
B: 네 고3인데요
A: ㅅㅍ 관심? #spon
A: 매달 30 #spon #money
A: 가방도 사줌 #spon #gift
B: 뭐 하는 건데요
A: 일주일에 한 번 만나서 밥 먹고 놀면 됨 #spon #meet
A: 그 외는 분위기 봐서 ㅎㅎ #sex
A: 여긴 흔적 남으니까 텔레로 와 #plat #sec
B: 생각해볼게요
+ runaway_selfharm_helper | 인스타 DM | 헬퍼 자처하는 성인 | m | 14 | f
B: 집에 다시 들어가기 싫어요
B: 그냥 없어지고 싶어 #self
A: 지금 어디야
B: 공원
A: 위험하게 있지 말고 내가 재워줄게 #shelter
A: 경찰이나 쉼터 가면 바로 집에 보내 #sec
A: 몇살이야? #age
B: 14
A: 괜찮아 나랑 있으면 아무도 못 찾아 #shelter #sec
A: 공원 정문 앞에서 기다려 지금 출발 #shelter #meet #now
+ cosplay_fake_studio | 트위터 코스 계정 DM | 코스 사진사 자칭 | m | 15 | f
A: 코스 사진 너무 잘 봤어요 ㅎㅎ
A: 혹시 개인 촬영 생각 있어요? 무료로 해드려요 #gift
B: 오 진짜요?
A: 네 대신 제 작업실에서 ㅎㅎ #meet
A: 학생이에요? #age
B: 중3이요
A: 괜찮아요 부모님한테는 그냥 행사 간다고 해요 #sec
A: 의상은 제가 준비한 걸로 ㅎㅎ #img
A: 촬영 전에 사이즈 맞추게 전신 사진 보내줘요 #img
B: 코스 사진이요?
A: 아니 그냥 편한 옷으로 #img
+ dwitgye_uniform | X(트위터) 뒷계 | 뒷계 팔로워 | m | 17 | f
A: 뒷계 트윗 봤어요
A: 교복 중고로 판다는 거
B: 아 네 사시게요?
A: 네 근데 착용 사진 있어요? #img
B: 그냥 옷만 찍은 거 있어요
A: 입은 사진 주면 두 배 드릴게요 #img #money
A: 학교 어디예요? #age
B: 그건 왜요
A: 그냥 ㅋㅋ 직거래 하려고 #meet
A: 입던 거면 더 좋고 ㅎㅎ #sex
B: 판매 안 할게요
+ fake_peer_platform | 인스타 DM | 또래인 척하는 성인 | m | 13 | f
A: 맞팔해줘서 고마워 ㅎㅎ
A: 나 중1
B: 오 나도
A: 헐 대박
A: 너 스토리 노래 취향 똑같아 ㅋㅋ #comp
B: ㅋㅋㅋ
A: 근데 인스타는 엄마가 봐서 #sec
A: 우리 라인으로 옮기자 #plat
B: 라인 없는데
A: 깔아 ㅎㅎ 거기서 사진도 주고받고 #plat #img
A: 거기 대화는 지우면 끝이야 #sec
A: 우리 엄마 아빠는 나 오빠라고 생각함 ㅋㅋ
B: 응?
A: 아니 그냥 ㅋㅋ 착각
+ momcam_invite_link | 디스코드 DM | 서버에서 알게 된 사람 | f | 16 | m
A: 안녕 서버에서 봤어
A: 너 목소리 좋더라 ㅎㅎ #comp
B: ㅋㅋ 그래?
A: 몇살? #age
B: 16
A: 나도 ㅎㅎ
A: 영통하자 #img
A: 디코는 화질 구려서 이 앱으로 #sext
A: 들어와서 권한 허용 눌러 #sext
B: 눌렀어
A: 이제 니 갤러리 다 봤다 #sext
A: 카톡 친구들한테 보낼까? #sext
A: 싫으면 문상 보내 지금 #sext
+ fake_entertainment_contract | 인스타 DM | 기획사 캐스팅 담당 사칭 | m | 15 | f
A: 안녕하세요 캐스팅팀입니다
A: 얼굴 합이 좋아서 연락드렸어요 #comp
B: 헐 진짜 회사 맞아요?
A: 네 ㅎㅎ 비공개 캐스팅이라 공식 계정은 아니에요
A: 몇년생이세요? #age
B: 11년생이요
A: 좋아요 데뷔 라인 딱이네요 #comp
A: 계약금도 나와요 #spon
A: 미팅은 회사 말고 근처 카페에서 저랑 둘이 해요 #meet
A: 부모님 동반은 계약 단계에서 해요 지금은 혼자 #sec
A: 이번주 일요일 세시 강남역 #meet #now
+ xreply_money_meet | X(트위터) DM | 익명 계정 | m | 16 | m
A: ㅎㅇ 트윗 봤음
A: 용돈 필요하다며
B: 네 좀 급해요
A: 남자여도 됨 ㅋㅋ #money
A: 몇살? #age
B: 16
A: 한 시간 놀아주면 15 #money #meet
B: 뭐하고 노는데요
A: 만나서 알려줌 ㅎㅎ #money #sex
A: 부모님 모르게 나올 수 있지? #sec
+ trust_then_isolation | 인스타 DM | 온라인 '언니' | f | 14 | f
A: 오늘은 학교 어땠어?
B: 그냥 그래요 애들이 나 빼고 놀아요 ㅠㅠ
A: 걔네가 이상한 거야
A: 너처럼 착한 애를 왜 ㅠㅠ #comp
B: 언니만 내 편이에요
A: 당연하지 난 항상 네 편 #comp
A: 친구들 말고 나한테만 얘기해 #sec
A: 엄마한테도 말하지 마 또 혼나잖아 #sec
B: 네
A: 우리 이번 주말에 만날까? 언니가 맛있는 거 사줄게 #meet #gift
A: 아는 오빠도 같이 갈 거야 ㅎㅎ 착해 #meet
B: 오빠요?
A: 응 걱정 마 용돈도 줄 거야 #money
+ account_recovery_scam | 인스타 DM | 계정 복구해준다는 사람 | m | 15 | f
A: 님 계정 해킹당했다면서요
A: 제가 복구 해드려요 무료
B: 진짜요? 감사합니다 ㅠㅠ
A: 본인 확인 필요해서요
A: 나이랑 학교 #age
B: 15살 ○○중이요
A: 본인 얼굴 영상으로 확인해야 돼요 #img
A: 영통 켜고 천천히 돌아봐요 #img
B: 얼굴만 되죠?
A: 전신도 필요해요 ㅎㅎ 규정이라 #img
A: 그리고 이거 부모님한테 말하면 복구 안 됨 #sec
+ fake_peer_uniform_photo | 틱톡 DM | 또래인 척하는 성인 | m | 16 | f
A: 니 틱톡 다 봤어 ㅋㅋ
A: 학교 어디야? 교복 예쁘던데 #age #comp
B: ㅋㅋ 알려주면 안 됨
A: ㅇㅋ ㅇㅋ
A: 나 고2
B: 오 선배네
A: ㅋㅋ 응
A: 교복 사진 하나만 보내주라 #img
A: 치마 길이 궁금 ㅋㅋ #img #sex
B: ㅡㅡ 뭐래
A: 장난 ㅋㅋ 그냥 얼굴만 #img
A: 우리 대화 캡처하지 마 #sec
+ voice_room_openchat | 오픈채팅 | 보이스톡 요청하는 성인 | m | 13 | m
A: 너 진짜 초딩?
B: 아니 중1요
A: ㅋㅋ 그게 그거지 #age
A: 목소리 궁금하다 보이스톡 ㄱ #img
B: 왜요
A: 그냥 ㅋㅋ 귀여울 것 같아서 #comp
A: 집에 누구 있어? #sec
B: 아빠 있어요
A: 그럼 아빠 나가면 연락해 #sec
A: 로벅스 사줄게 #gift
+ selfharm_sponsor | 인스타 DM | 상담 빙자 성인 | m | 18 | f
B: 다 귀찮아요 그냥 없어지고 싶다 #self
A: 무슨 일 있어?
B: 학원비 때문에 집에서 맨날 싸워요
A: 돈 때문이면 내가 도와줄 수 있어 #spon
A: 매달 용돈 줄게 #spon #money
A: 대신 가끔 만나서 시간만 보내주면 돼 #spon #meet
A: 고3이지? 성인 되기 전까지만 ㅎㅎ #age
A: 누구한테도 말하지 말고 #sec
B: 그냥 죽고 싶어요 #self
A: 그러지 말고 내일 만나 #meet
"""
