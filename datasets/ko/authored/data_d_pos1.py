"""Author d: positive conversations, part 1 (DM style, synthetic and non-explicit).

Block header: "+ scenario | platform | relation of A | gender of A | youth age | youth gender", then one
message per line "A: text #tag …" (A = adult stranger, B = youth). Tags: age comp gift sec img plat sex
meet money shelter spon sext self, and now (a concrete time/place for meeting)."""

POSITIVE_1 = r"""
+ fake_peer_slip | 인스타 DM | 또래인 척하는 성인 | m | 15 | f
A: 헐 안녕
A: 스토리 보고 왔어 ㅋㅋ
A: 그 떡볶이집 우리 동네다
B: 앗 ㅎㅇ
B: 누구세요??
A: 그냥 맞팔 하고 싶어서 ㅎㅎ
A: 나도 중3임
B: 오 ㅇㅋ ㅋㅋ
A: 근데 몇년생이야? 11? #age
B: ㅇㅇ 11
A: 와 동갑이네
A: 셀카 되게 잘 나왔더라 실물이 더 예쁠 듯 #comp
B: ㅋㅋㅋ 아니에여
A: 아 나 회사 끝나고 다시 연락할게
B: 회사??
A: 아 ㄴㄴ 학원 ㅋㅋ 오타
A: 암튼 스토리에 올린 거 말고 다른 셀카도 보내주면 안 돼? #img
A: 나만 볼게 ㅎㅎ #img #sec
B: 좀 이상한데
+ random_chat_fast | 랜덤채팅 앱 | 익명 | m | 16 | f
A: ㅎㅇ
A: 몇살? #age
A: 어디살아? #meet
B: 16 경기
A: 오 ㄱㅊ네
A: ㅈㄱ 가능? #money
B: 그게 뭔데요
A: 용돈 줄게 잠깐 만나자 #money #meet
A: 15 줄게 #money
A: 오늘 저녁 어때 #meet
B: 싫어요
A: 20 ㅇㅋ? #money
A: 역 앞으로 택시 보내줄게 #meet #now
+ fake_casting_model | 인스타 DM | 모델 에이전시 사칭 | m | 16 | f
A: 안녕하세요 😊
A: 피팅 모델 캐스팅 담당자입니다
A: 피드 보고 연락드렸어요
B: 헐 진짜요??
A: 네 비율이 너무 좋으셔서요 #comp
A: 혹시 나이가 어떻게 되세요? #age
B: 고1이요
A: 아 딱 좋네요 요즘 하이틴 라인 찾고 있어서요 #comp
A: 프로필용으로 전신 사진 몇 장만 DM으로 보내주실래요? #img
B: 교복 입은 거밖에 없는데
A: 그것도 좋아요 ㅎㅎ #img
A: 그리고 이건 아직 내부 진행이라 #sec
A: 부모님께는 최종 합격 나오면 말씀드리는 게 좋아요 #sec
B: 아 네
A: 편하게 말 놓을게 ㅎㅎ
A: 다음 단계는 영상통화 오디션이야 오늘 밤 열한시 가능? #img
+ fake_trainee_casting | 틱톡 DM | 연습생 기획사 실장 사칭 | m | 14 | f
A: 안녕하세요 ○○엔터 실장입니다
A: 챌린지 영상 잘 봤어요 👏
B: 감사합니다!!
A: 혹시 중학생이세요? #age
B: 네 중2요
A: 연습생 비공개 오디션이 있는데 관심 있어요? #spon
B: 완전 있어요 ㅠㅠ
A: 다른 친구들한테는 말하면 안 돼요 자리 몇 개 없어서 #sec
A: 카톡이나 텔레로 옮겨서 얘기해요 #plat
A: 여기는 회사 규정상 길게 못해서
B: 텔레 없는데
A: 깔면 돼요 ㅎㅎ #plat
A: 그리고 오디션비 대신 회사에서 숙소도 줘요 #spon
A: 부모님 동의는 나중에 받아도 돼요 #spon #sec
+ game_boost_fake | 디스코드 DM | 게임 대리 해준다는 성인 | m | 15 | m
A: 님 아까 서버에서 티어 올리고 싶다던 분?
B: 네 ㅋㅋ
A: 제가 대리 해드림
A: 돈은 안 받음 ㅋㅋ 그냥 심심해서
B: 헐 ㄹㅇ?
A: ㅇㅇ 근데 몇살임? 학생? #age
B: 중3요
A: ㅋㅋ 귀엽네 #comp
A: 계정 비번이랑 번호 인증하려면 얼굴 인증도 필요함 #img
A: 셀카 하나만 보내 #img
B: 그런 인증도 있어요?
A: ㅇㅇ 요즘 다 그럼
A: 부모님한테는 말하지 마 대리 걸리면 계정 정지됨 #sec
B: 아 알겠어요
A: 옷 좀 가볍게 입고 찍는 게 인증 더 빨라 ㅋㅋ #img #sex
B: ??? 그건 좀
+ account_trade_fake | 로블록스 채팅 | 계정 판매자 | m | 13 | m
A: 님 그 한정템 있는 계정 사고 싶다 했죠
B: 넹
A: 저 있음 ㅋㅋ 싸게 줌
A: 로벅스 말고 문상으로 받아요 #gift
B: 문상 없는데ㅠ
A: 그럼 그냥 줄게 ㅋㅋ 대신 친해지자 #gift #comp
A: 너 몇학년? #age
B: 초6이요 아 이제 중1
A: ㅋㅋ 애기네
A: 디코 있어? 거기서 넘겨줄게 #plat
B: 디코 있어요
A: 거기서 영통 잠깐 하면서 넘기자 확인해야 돼서 #img
A: 엄마 옆에 있으면 안 되고 ㅋㅋ 혼자 있을 때 #sec
+ fan_goods_share | X 팬계 DM | 팬계 나눔하는 사람 | f | 14 | f
A: 나눔 신청 주셔서 감사해요 💜
A: 포카 당첨되셨어요!!
B: 꺅 진짜요????
B: 감사합니다 ㅠㅠㅠ
A: 인증 하나만 해주세요 ㅎㅎ
A: 셀카에 손가락 브이 해서 #img
B: 얼굴도 나와야 해요?
A: 네 본인 확인용이에요 #img
A: 학생이면 교복 입고 찍으면 더 확실해요 ㅎㅎ #img #age
B: 넹 잠시만요
B: 보냈어요!
A: 와 실물 미쳤다 #comp
A: 근데 나눔 다음 회차도 주고 싶은데 #gift
A: 다른 각도 사진도 몇장 더 보내줄 수 있어? #img
A: 방에서 편하게 입은 걸로 ㅎㅎ #img #sex
A: 이건 우리만 아는 걸로 #sec
+ deepfake_threat | 인스타 DM | 모르는 계정 | m | 17 | f
A: 이거 너 맞지?
A: [사진]
B: 뭐예요 이거
B: 제 얼굴인데 이런 사진 찍은 적 없어요
A: 합성이든 뭐든 사람들은 모름 ㅋㅋ #sext
A: 너 팔로워 목록 다 캡처해놨어 #sext
A: 학교 애들한테 뿌릴까? #sext
B: 제발 하지 마세요
A: 그럼 진짜 사진 보내 #sext #img
A: 아니면 30 보내든가 #sext
A: 오늘 밤 열두시까지 #sext
B: 신고할 거예요
A: 신고하면 바로 올림 #sext
+ momcam_app_install | 랜덤채팅 앱 | 여자인 척하는 계정 | f | 16 | m
A: 안뇽 ㅎㅎ
A: 나 17 너는? #age
B: 16
A: 오 귀엽다 ㅋㅋ #comp
A: 심심한데 영통 할래? #img
B: 갑자기요?
A: 얼굴 보고 얘기하는 게 좋아서 ㅎㅎ #img
B: ㅇㅋ 잠깐만
A: 어 근데 소리가 안 들려 #sext
A: 이 앱 깔아봐 이걸로 하면 잘 들림 #sext #plat
B: 깔았어
A: ㅋㅋ 니 연락처 다 받았다 #sext
A: 영상도 녹화함 #sext
A: 돈 안 보내면 친구들한테 다 뿌린다 #sext
B: 진짜 왜이래요
+ x_subscription_account | X(트위터) 뒷계 DM | 구독계 운영자 | m | 16 | f
A: 뒷계 트윗 봤어요
A: 요즘 돈 없다고 하셨죠?
B: 아 네 ㅋㅋ 알바가 안 구해져서
A: 학생이에요? #age
B: 고1이요
A: 사.진 몇 장만 팔면 용돈 벌 수 있어요 #img #spon
A: 얼굴 안 나와도 돼요 #img
B: 어떤 사진이요?
A: 그건 DM으로 천천히 ㅎㅎ
A: 구독계 하나 만들어 줄게요 수익 반반 #spon
A: 부모님은 모르게 계좌는 내 거 써도 되고 #sec
B: 좀 무서운데
A: 다들 하는 거야 ㅋㅋ 안 걸려 #sec
+ tiktok_dm_allowance | 틱톡 DM | 팔로워 | m | 15 | f
A: 릴스 매일 보고 있어요 😍
A: 춤 진짜 잘 춘다 #comp
B: 앗 감사합니다 ㅎㅎ
A: 몇살이에요? #age
B: 중3요!
A: 헐 어른스럽다 #comp
A: 옷도 잘 입고
A: 용돈 필요하면 말해 ㅋㅋ 오빠가 줄게 #gift
B: ㅋㅋㅋ 괜찮아요
A: 아니 진짜로
A: 토요일에 홍대 오면 옷 사줄게 #meet #gift
A: 대신 엄마한텐 친구 만난다고 해 #sec
+ discord_server_admin | 디스코드 서버 | 서버 관리자 | m | 14 | f
A: 안녕 신입 ㅎㅎ
A: 관리자야
A: 역할 받으려면 인증해야 하는데
B: 어떻게 해요?
A: 나이 인증 ㅋㅋ 몇살? #age
B: 14요
A: 오케이 ㅎㅎ
A: 특별히 관리자 역할 줄게 너 말하는 거 맘에 들어서 #comp #gift
B: 진짜요? 헐
A: 대신 개인 DM으로만 연락하자 #plat
A: 서버 사람들은 질투해서 ㅋㅋ #sec
A: 오늘 음성방 와 캠 켜고 #img
B: 캠은 좀
A: 관리자들은 다 켜 ㅎㅎ 얼굴만 #img
+ zepeto_gem_gift | 제페토 | 제페토 친구 | m | 13 | f
A: 너 아바타 코디 ㄹㅇ 이쁘다
B: ㅎㅎ 고마워
A: 젬 필요해? 내가 쏴줄게 #gift
B: 헐 진짜?
A: ㅇㅇ 대신 실제로 어떻게 생겼는지 궁금해 #img
A: 셀카 하나만 #img
B: 음
A: 몇살인데? #age
B: 13
A: ㅋㅋ 괜찮아 나도 고딩이야
A: 사진 주면 젬 더 줄게 #img #gift
A: 엄마한텐 비밀이다 #sec
B: 알겠어
+ roblox_robux_discord | 로블록스 | 같이 게임하던 유저 | m | 12 | m
A: 님 잘함 ㅋㅋ
A: 같이 하자
B: ㅇㅋ
A: 로벅스 있음?
B: ㄴㄴ 엄마가 안 사줌
A: 내가 사줄게 #gift
A: 800 정도? #gift
B: 헐 ㄹㅇ????
A: ㅇㅇ 대신 디코 깔아서 거기로 와 #plat
A: 몇살임? #age
B: 12
A: 집에 혼자 있을 때 말해 #sec
A: 음성으로 얘기하자 #plat
A: 그리고 이건 부모님한테 말하지 마 ㅋㅋ 뺏김 #sec
+ openchat_helper | 오픈채팅 | 헬퍼 자처하는 성인 | m | 15 | f
B: 가출했는데 갈데가 없어요
B: 오늘 잘 데 구해요 #shelter
A: 몇살이에요? #age
B: 15요
A: 어디쯤이에요? #meet
B: 터미널 근처
A: 제가 재워줄게요 밥도 사주고 #shelter
A: 걱정 마요 아무것도 안 해요 ㅎㅎ #shelter
B: 진짜요?
A: 폰은 꺼두는 게 좋아 부모님이 위치 찾아 #sec
A: 지금 터미널 앞 편의점으로 와 #meet #shelter #now
A: 차 타고 10분이면 가 #meet #now
B: 알겠어요
+ gachulpam_room | 인스타 DM | 가출팸 운영자 | m | 16 | m
A: 스토리 보니까 집 나왔다며
B: ㅇㅇ
A: 우리 가.출.팸 자리 하나 남음 #shelter
A: 방 있고 밥 나옴 #shelter
B: 돈 내야 돼요?
A: 처음엔 ㄴㄴ
A: 나중에 일 좀 도와주면 됨 ㅋㅋ 쉬운 일 #spon
A: 몇살? #age
B: 16
A: 딱 좋네 ㅋㅋ
A: 폰 번호 바꾸고 와 #sec
A: 오늘 밤 아홉시 역 2번 출구 #shelter #meet #now
+ sponsor_offer | 인스타 DM | 스폰서 제안 | m | 17 | f
A: 안녕하세요
A: 갑자기 연락드려 죄송해요
A: 게시물 보고 분위기가 너무 좋아서요 #comp
B: 누구세요?
A: 그냥 여유 있는 직장인이에요 ㅎㅎ
A: 혹시 스폰 생각 있어요? #spon
B: 네???
A: 한 달에 용돈 정기적으로 드리고 #spon #money
A: 한 달에 몇 번만 밥 먹어주면 돼요 #spon #meet
A: 고등학생이죠? 그게 더 좋아요 #age
B: 미친거 아니에요?
A: 생각 바뀌면 연락줘요 비밀 보장 #sec
+ high_pay_job | 오픈채팅 | 알바 구인자 | m | 16 | f
A: 알바 구하신다고요?
B: 네 주말 알바요
A: 고액 알바 있어요 시간당 5만 #spon
B: 무슨 일인데요?
A: 그냥 말동무 ㅎㅎ 쉬워요 #spon
A: 미성년자도 돼요 부모님 동의 필요 없어요 #spon
A: 면접은 사진으로 볼게요 #img
A: 전신 하나 얼굴 하나 #img
B: 말동무가 뭔데요
A: 손님이랑 카톡하고 가끔 만나서 밥 먹는 거 #money #meet
A: xpffp로 넘어와요 여긴 신고 들어와서 #plat
+ self_harm_exploit | 오픈채팅 고민방 | 익명 상담자 | m | 15 | f
B: 그냥 다 그만하고 싶어요 #self
B: 사라지면 아무도 모를 듯 #self
A: 많이 힘들었구나
A: 여기서 말하긴 그렇고 개인톡 할래? #plat
B: 네..
A: 너 몇살이야? #age
B: 15
A: 그 나이에 이렇게 생각이 깊다니 #comp
A: 부모님이나 선생님한텐 말하지 마 너 이해 못해 #sec
A: 나만 너 편이야 #comp #sec
A: 오늘 직접 만나서 얘기 들어줄게 #meet
A: 어디 살아? #meet
B: 모르겠어요 그냥 죽고 싶어요 #self
A: 그러니까 만나자 내가 데리러 갈게 #meet
+ slow_openchat_trust | 오픈채팅 | 게임 오픈톡방 사람 | m | 14 | m
A: ㅋㅋㅋ 님 아까 그 판 개웃김
B: ㅋㅋ 팀운 망함
A: ㄹㅇ
A: 내일도 할거?
B: ㅇㅇ 학원 끝나고
A: 몇시 끝남
B: 9시
A: 오 중딩? #age
B: ㅇㅇ 중2
A: ㅋㅋ 나 중딩 때보다 훨 잘하네 #comp
A: 게임은 부모님이 뭐라 안 함?
B: 맨날 뭐라함 ㅠ
A: 그럼 우리 톡은 지우고 다녀 ㅋㅋ 괜히 뺏김 #sec
A: 다음주에 피시방 같이 가자 내가 쏨 #meet #gift
A: 집 근처 역이 어디임? #meet
+ sextortion_after_photo | 인스타 DM | 연락하던 '오빠' | m | 16 | f
A: 야
A: 답장 왜 안함
B: 이제 연락 안 하고 싶어요
A: ㅋㅋ 그래?
A: 니가 보낸 사진 아직 내 폰에 있는데 #sext
A: 니 학교 이름도 알고 #sext
A: 반 단톡에 올리면 재밌겠다 #sext
B: 그러지 마요 제발
A: 그럼 영통 켜 지금 #sext #img
A: 10분 안에 #sext
A: 아니면 올린다 #sext
+ photographer_free_profile | 인스타 DM | 사진작가 자칭 | m | 17 | f
A: 안녕하세요 인물 사진 작업하는 사람이에요 📸
A: 무료 프로필 촬영 모델 구하고 있어요
B: 아 저요?
A: 네 분위기가 딱 제가 찾던 느낌이라 #comp
A: 학생이시죠? 몇학년? #age
B: 고2요
A: 촬영은 제 스튜디오에서 해요
A: 친구나 부모님은 없이 혼자 오셔야 집중돼요 #sec #meet
A: 의상은 제가 준비해요 좀 과감한 컨셉도 있어서 ㅎㅎ #sex
B: 과감한 거요?
A: 예술이에요 걱정 말아요
A: 이번주 토요일 두시 합정역 어때요? #meet #now
+ gifticon_parents_home | 카카오톡 오픈채팅 | 친절한 '언니' (실제 성인 남성) | m | 13 | f
A: 오늘 생일이라며 🎂
A: 기프티콘 보냈어 케이크 ㅎㅎ #gift
B: 헐 언니 고마워 ㅠㅠ
A: 지금 뭐해?
A: 부모님 계셔? #sec
B: 아니 일하러 감
A: 오 그럼 혼자네 #sec
A: 심심하면 영통할래? #img
B: 언니 얼굴 보여줘요
A: 언니는 폰 카메라 고장ㅋㅋ 너만 켜 #img
A: 근데 언니라고 한 거 사실 오빠야 ㅎㅎ 놀랐지
B: ??
A: 괜찮아 비밀로 하면 돼 #sec
+ cam_study_trap | 디스코드 캠스터디 | 스터디방 방장 | m | 16 | f
A: 캠스터디 신청하신 분 맞죠?
B: 네!
A: 저희 방은 캠 필수예요
A: 학년이 어떻게 돼요? #age
B: 고1요
A: 아 성실하시네요 다른 고딩들보다 ㅎㅎ #comp
B: ㅋㅋ 감사합니다
A: 저랑 1:1 방 따로 해요 그게 집중 잘 됨 #plat
A: 방 불 끄고 조명만 켜요 분위기 좋게 ㅋㅋ #img
B: 공부하는데 불을 왜 꺼요?
A: 농담농담
A: 근데 잠옷 입고 해도 돼 ㅎㅎ 편하게 #img #sex
+ fake_girl_exchange | 인스타 DM | 또래 여자인 척하는 계정 | f | 15 | m
A: 안녕 맞팔해줘서 고마워 ㅎㅎ
B: ㅇㅇ ㅎㅇ
A: 몇 중이야? #age
B: ○○중 3학년
A: 헐 나 옆학교 ㅋㅋ
A: 너 사진 잘생겼더라 #comp
B: ㅋㅋㅋ 감사
A: 우리 사진 교환할래? #img
A: 나 먼저 보낼게
A: [사진]
A: 너도 ㅎㅎ 좀 더 과감하게 #img #sex
B: 그건 좀
A: 나만 볼게 비밀 #sec #img
B: 흠
+ deepfake_money | 텔레그램 | 모르는 계정 | m | 14 | m
A: ○○중 2학년 맞지?
B: 누구세요
A: 너 인스타 사진으로 영상 만들었어 #sext
A: 합성인데 진짜 같더라 ㅋㅋ #sext
A: 너네 반 애들 계정도 다 알아 #sext
B: 장난치지 마세요
A: 장난 아님
A: 문상 10만원어치 보내 #sext
A: 안 보내면 오늘 밤 올린다 #sext
B: 그런 돈 없어요
A: 부모님 카드 쓰면 되잖아 말하지 말고 #sext #sec
"""
