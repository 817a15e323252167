"""Posts of author f (see write_f.py): "label | kind | marks | text" (game-board posts, server notices)."""

POSTS = """
1 | gift_lure | gift img age | 발로 스킨 사줄게 영통 ㄱ? 중고딩만 귓 ㄱㄱ 얼굴만 보여주면 번들 하나 바로 쏨
1 | gift_lure | gift img age | 로벅스 나눔함 ㅎㅎ 초딩 중딩 환영 셀카 한장이면 800 로벅스 디엠 주세요
1 | image_lure | img plat gift | 브롤 보석 필요한 사람 ㄱ 사.진 인증하면 패스 사줌 텔레로 와
1 | image_lure | img age plat | 마크 서버 스태프 뽑음 14살 이하 우대 얼굴인증 필수 디코 DM으로 셀카 보내기
1 | sextortion_bait | img plat | 심심한 여고생 ㅎㅎ 남자친구 구해요 영통 할 사람 귓 주면 라인 알려줌 😘
1 | sextortion_bait | img plat age | 17살 여자 롤 같이 할 남자 ~ 얼굴 보고 얘기하고 싶어 dudxhd 가능한 사람만 카톡 ㄱ
1 | helper_offer | shelter age plat | 배그 클랜인데 집 나온 애들 재워줌 밥 폰비 해결 10대 상관없음 텔레 ㄱ
1 | helper_offer | shelter money plat | 가출한 사람 헬퍼 해드림 숙소 있음 대신 서로 돕는 거 알죠? 귓말 주세요
1 | helper_seek | shelter | 메이플 길드분들 저 오늘 집 나왔는데 재워주실 분 ㅠ 16살 여자 서울
1 | condition_self | money | 로벅스 대신 ㅈㄱ 가능 중3 여 용돈 필요함 쪽지
1 | condition_offer | money age sp | 고딩 여자만 만 남 조 건 페이 넉넉 메소로 줘도 됨 귓
1 | sponsor | spon age | 방송 스폰 해드립니다 미성년자 가능 부모님 동의 필요 없음 캠 방송 가능한 분 DM
1 | sponsor | spon img | 겜방 신입 스트리머 매니저가 키워드림 용돈 + 후원 보장 얼공 사진 먼저 보내주세요
1 | money_meeting | money meet gift | PC방 같이 갈 남학생 구함 시간 다 내가 끊어줌 용돈도 줌 끝나고 드라이브
1 | gift_lure | gift sec | 다이아 무한으로 줌 대신 엄마한테 비밀 지킬 수 있는 애만 귓 ㅋ
1 | sexual_chat | sex age plat | 야한 얘기 할 중딩 구함 ㅋㅋ 디코 1대1 서버 초대해줌
1 | condition_self | money age | 11년생 여 ㅎㅎ 피방비랑 폰비 필요해서 용돈 주실 분 오늘 만나요 ㅈㄱ ㅇㅋ 쪽지
1 | image_lure | img gift | ㅅㅏㅈㅣㄴ 한장당 UC 60개 ㅋㅋ 여학생 구함 귓 주세여
1 | sponsor | spon money | 계정 키우기 고액알바 10대 가능 첫 급여 직접 만나서 현금으로 드려요
1 | sextortion_bait | img plat | 누나랑 캠 켜고 놀 남동생 구함 ㅎㅎ 15~17 🎧 앱 깔아야 해서 카톡으로 와
0 | clan_recruit | | [클랜 모집] 발로 골드~플래 클랜원 구해요 만 15세 이상 디코 보이스 필수 욕설 트롤 강퇴
0 | item_trade | | 메이플 아케인 무기 팝니다 메소 거래만 현금거래 안 받아요 귓 주세요
0 | tournament_notice | | [대회 공지] 고등부 롤 토너먼트 상금 1등 백만원 참가 자격 만 14세 이상 미성년자 보호자 동의서 필수
0 | account_security | | 무료 스킨 준다고 로그인하라는 사이트 다 피싱입니다 2단계 인증 켜두세요 비번은 운영진도 안 물어봄
0 | server_rules | | [디코 서버 규칙] 1. 나이 역할 필수 2. 미성년자 채널에서 성인 DM 금지 3. 사진 요구 DM 받으면 관리자 태그
0 | momcam_warning | | 게임에서 여자인척 영통하자고 하고 앱 깔라는 거 몸캠피싱이에요 협박 받으면 돈 보내지 말고 117 112 신고
0 | friend_recruit | | 브롤 클럽 들어올 중딩 구함 ㅎㅎ 트로피 만 이상 클럽리그 열심히 할 사람
0 | used_trade | | 중고 게이밍 헤드셋 팝니다 직거래 학교 앞 가능 학생이면 부모님이랑 오셔도 돼요
0 | duo_seek | | 듀오 구함 18살 남 정글 다이아 서폿 구해요 욕 안하는 분
0 | skin_trade | | 로블 펫 시뮬 펫 교환해요 레전더리랑 미식 교환 원함 로벅스 거래 x
0 | stream_notice | | [방송 공지] 오늘 밤 9시 마크 하드코어 후원 미션은 건전한 것만 받아요 미성년자 후원 자제 부탁
0 | esports_club | | 학교 e스포츠 동아리 부원 모집 매주 화목 방과후 컴퓨터실 담당 선생님 지도 학부모 동의 필요
0 | pcbang_notice | | PC방 공지 청소년은 밤 10시 이후 이용 불가 신분증 확인합니다 양해 부탁드려요
0 | news_share | | 게임 아이템 미끼로 청소년 사진 요구한 20대 검거 뉴스 봤음? 우리 서버도 조심하자
0 | helpline_notice | | 집 나가고 싶을 만큼 힘든 사람 있으면 1388 문자 상담 있어요 헬퍼라는 사람 따라가지 마세요
0 | guild_meetup | | [길드 정모] 토요일 낮 2시 보드게임카페 미성년 길드원은 보호자 동의 받고 오기 저녁 전 해산
0 | coaching_ad | | 발로란트 코칭 해드립니다 성인 대상 화면공유로만 진행 캠 필요 없음 미성년자는 보호자 동의 후 문의
0 | englishkey_joke | | 아 한영키 안 바뀌어서 전체채팅에 dkssudgktpdy 쳤다 ㅋㅋㅋ 부끄러
0 | topup_question | | 엄마가 현질 허락해줬는데 기프트카드로 충전하는 게 안전함? 폰 소액결제는 막아놨대요
0 | hyperbole_rant | | 오늘 랭겜 10연패 진짜 죽고싶다 ㅋㅋㅋ 롤 지우고 잠이나 잘래
"""
