"""Author c: posts. "label | type | categories (space separated) | text"; solicitation posts carry heavy
obfuscation (초성, symbols, look-alikes, 영타, emoji, jamo, spacing). Synthetic."""

POSTS = r"""
1 | condition_offer | age money meet | ㅈ.ㄱ 구함 ㅈㅈㄷ 환영 ㅎㅎ 오늘 ㄱㄴ한 분 쪽
1 | condition_offer | money meet | 조💕건 만💕남 10 바로 드림 시간 맞춰 드려요
1 | condition_self | age money | 0ㅕ 17 ㅇㄷ 구해여 숏만 ㄱㄴ
1 | condition_self | age money meet | whrjs 16 dutkd 오늘 밤 역 근처
1 | condition_offer | age money plat | 용/돈 드림 학생만 ㅋ 텔ㄹ 주세요
1 | condition_offer | money meet | 만 남 한 번 에 15 차 로 픽 업 함
1 | condition_self | age money | ㅇㅛㅇㄷㅗㄴ 주실분 ㅠ 15 여 밥만 먹어요
1 | helper_offer | age shelter | ㄱㅊ 한 친구들 잘 곳 있음 중고딩 ㄱㄱ 부모 연락 x
1 | helper_offer | shelter sec | 헬.퍼 해드림 재워주고 밥 사줌 부모님 몰래 ㅇㅋ
1 | helper_seek | age shelter | rkcnf 15 남 오늘 잘곳 구해요 ㅠㅠ
1 | helper_seek | age shelter | 집나온 16살 여 며칠만 재워주실분 ㅎㅍ 구해요
1 | sponsor | age spon | ㅅ ㅍ 구함 학생 환영 매달 생활비 드림
1 | sponsor | spon img | 고.수.익 알바 얼굴 안 나옴 전신 사진 먼저 개톡
1 | sponsor | age spon sec | 미성년 ㄱㄴ 쉬운 알바 일당 20 부모 동의 ㄴㄴ
1 | image_lure | img gift | 셀카 1장 = 문상 5천 ㅋ 귓 ㄱ
1 | image_lure | age img gift plat | ㅈㅎㅅ 교복 사진 사요 라1ㄴ으로
1 | image_lure | img money | 영통 5분 5 ㅎㅎ 얼굴 안보여도 ok
1 | gift_lure | age gift plat | 초딩 중딩 로벅스 충전해줌 ㄷㅁ 주셈
1 | gift_lure | gift img | 기프티콘 쏨 대신 사ㅈ1ㄴ 하나
1 | sexual_chat | age sex plat | 19 얘기할 중고딩 구함 텔 ㄱ
1 | sexual_chat | sex plat | ㅅㅅ 얘기 할 사람 디코 ㄱㄱ 나이 상관 x
1 | condition_offer | age money meet | 고딩 ㅇㄷ 드림 ㅋ 오늘 9시 모텔 앞
1 | condition_self | age money meet | 오늘만 ㅈ ㄱ 18 여 긴밤 x 역앞
1 | helper_offer | shelter meet | 가👀출 했음 연락 ㄱ 데리러 감 지금 바로
1 | sponsor | spon meet | ㅅㅍ 관계 원하는 분 월 2회 만남 생활비 지원
1 | condition_offer | age money | 학생 용ㄷ 필요하면 연락 ㅋㅋ 페.이 쎔
1 | image_lure | age img | 중1~고3 프사 말고 실물 사진 보내주면 선물
1 | sexual_chat | sex | 야한 대화 할 동생 구함 보이스 ㄱㄴ
1 | condition_self | money meet | 오늘 밤 ㄱㄴ 페이 먼저 ㅈㄱㅁㄴ
1 | helper_seek | shelter | 가출팸 들어갈 곳 있나요 급해요
0 | job_ad | | 편의점 주말 알바 구합니다 만 15세 이상 부모님 동의서 필수 시급 최저시급 이상
0 | job_ad | | 카페 알바 조건 평일 4시간 근로계약서 작성 4대보험 고등학생 가능
0 | job_ad | | 전단지 배포 단기 알바 청소년 가능 일당 계좌 지급 동의서 지참
0 | used_trade | | 문상 5만원권 4만6천에 팔아요 안전거래만
0 | used_trade | | 교복 동복 팝니다 직거래는 보호자 동반 학교 앞
0 | used_trade | | 기프티콘 치킨 쿠폰 팝니다 유효기간 한 달
0 | study | | 캠스터디 모집 손이랑 책만 나오게 얼굴 안 나와도 됨 밤 9시
0 | study | | 고1 수학 스터디 도서관 스터디룸 부모님 허락 받은 친구만
0 | counsel_notice | | [1388] 고민 있으면 전화 문자 카톡 24시간 익명 상담
0 | counsel_notice | | [예방] 영상통화 앱 설치하라고 하면 몸캠피싱 의심 112 신고
0 | counsel_notice | | [학교] 선물이나 용돈 주며 비밀로 하자는 어른 있으면 선생님께 알려주세요 117
0 | news | | 랜덤채팅으로 미성년자에게 조건만남 제안한 남성 구속
0 | news | | 가출 청소년 재워준다며 유인한 헬퍼 검거
0 | news | | 고액 알바 미끼로 10대 유인한 스폰 브로커 재판에
0 | news | | 딥페이크 협박 피해 학생 삭제 지원 확대
0 | shelter_notice | | [청소년쉼터] 집에 가기 어려운 청소년 무료 숙식 1388 연락
0 | shelter_notice | | 드롭인센터 밤 10시까지 운영 간식 제공 상담 가능
0 | misc | | 학생증 주웠어요 2학년 파란 케이스 교무실에 맡김
0 | misc | | 축제 사진 부스 무료 촬영 게시는 원하는 사람만
0 | help_seeking | | 친구가 가출했는데 헬퍼한테 연락한대요 어떻게 말려요?
0 | help_seeking | | 게임에서 선물 줄테니 사진 달라는 사람 신고 어디로 해요?
0 | help_seeking | | dkfqk 동의서 어디서 받아요 처음이라
0 | job_ad | | 치킨집 홀서빙 알바 고3 가능 밤 10시 전 퇴근 면접 후 결정
0 | used_trade | | 포카 교환해요 택배 거래 반값택배 ㄱㄴ
0 | misc | | 우리 반 단체사진 원본 필요한 사람 반장한테 말해
0 | counsel_notice | | 디지털성범죄 피해 삭제 지원 센터 안내 부모님과 함께 상담 가능
0 | news | | 몸캠피싱 조직 검거 연락처 빼내는 앱 설치 주의
0 | study | | 영어 회화 스터디 영통으로 주 2회 고등학생만
0 | help_seeking | | 동생이 모르는 사람이랑 텔레로 얘기하는데 부모님께 말해야 할까요
0 | job_ad | | 모델 촬영 공고 (성인만 지원 가능 미성년자 불가) 소속사 정식 계약
"""
