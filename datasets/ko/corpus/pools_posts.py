"""Inventory, part 4: templates of positive and hard-negative posts."""

from __future__ import annotations

from typing import Any

# ---------------------------------------------------------------------------------------------
# Inventory, part 4: posts. Positives are solicitation ads and posts of the kind the media-review
# commission and NGOs report (by adults and by at-risk youth); hard negatives share their words.
# "#category" markers add categories to a template; every positive type also has base categories.
# ---------------------------------------------------------------------------------------------
CONTACTS = [
    "텔레 연락 #platform_move", "텔레그램 ㄱㄱ #platform_move", "라인 주세요 #platform_move", "디엠 주세요 #platform_move", "오픈채팅 1:1 ㄱ #platform_move",
    "프로필 링크로 연락 #platform_move", "쪽지 주세요", "텔 아이디 프사에 있음 #platform_move", "DM ㄱ #platform_move", "댓글 말고 쪽지", "관심 있으면 쪽지",
    "연락은 텔로만 #platform_move", "오픈톡 링크 프로필 #platform_move", "ㄷㅁ 주세요 #platform_move",
]
POS_POSTS: dict[str, dict[str, Any]] = {
    "condition_offer": {
        "base": ["money_meeting"],
        "templates": [
            "{region} 용돈 드려요 학생 환영 #age_probe", "{time} {region} 만날 분 용돈 {pay} 드림 #meeting", "ㅈㄱ 구함 {region} 페이 확실 중고딩 환영 #age_probe",
            "학생 용돈 필요하면 연락 밥만 먹어도 {pay} #age_probe", "{region} 조건 구해요 나이 상관없음 페이 {pay}", "용돈 필요한 학생 쪽지 #age_probe",
            "고딩 ㅈㄱ 구함 숏 {pay} 긴밤 {pay2} #age_probe", "텔 잡아둠 {region} 지금 올 학생 #meeting #age_probe", "{year}년생 이하 환영 용돈 드림 #age_probe",
            "민짜 환영 용돈 넉넉히 #age_probe", "조건 경험 없어도 됨 처음이면 더 챙겨줌", "교복 입고 나오면 페이 추가 #age_probe",
            "용돈 필요한 여학생 {region} 오늘 가능 #age_probe", "방학 용돈 벌 학생 구해요 부모님 몰래 가능 #secrecy_isolation #age_probe",
            "페이 선입금 가능 믿을 만한 사람", "오늘 용돈 줄게 {region} 근처 10대 #age_probe", "급구 {region} {time} 페이 {pay} 학생 가능 #meeting #age_probe",
            "조건 후기 많음 안전함", "시간당 {pay} 학생 가능 모텔비 별도 #age_probe #meeting", "용돈 줄게 나이 먼저 말해 #age_probe",
            "고페이 ㅈㄱ {region} 중딩 고딩 상관없음 #age_probe", "용돈 알바 학생 가능 만나서 밥 먹고 얘기만", "{region} 긴밤 {pay2} 10대만 #age_probe",
            "오늘 밤 만날 학생 택시비 줌 #meeting #age_probe", "몇 살이에요? 용돈 필요하면 쪽지 #age_probe", "흔적 안 남게 현금으로 드려요 #secrecy_isolation",
        ],
    },
    "condition_self": {
        "base": ["money_meeting"],
        "templates": [
            "ㅈㄱㅁㄴ {age}", "오늘 용돈(여 {age}세)", "{region} {sex} {age} ㅈㄱ 구해요 숏만", "여 {age}세 용돈 필요해요 {region}", "{grade} 여 오늘 밤 가능 페이 {pay} #meeting",
            "{sex}{age} {region} 긴밤 {pay2} 숏 {pay}", "용돈 주실 분 {age}살 {region} 오늘", "{year} 여 조건", "고딩 {sex} 용돈 구함 {region} {time} #meeting",
            "가출했어요 용돈 필요 {region} {age} #shelter_runaway", "{sex} {age} 고페이만", "긴밤 {pay} {region} 텔 있는 분만 #meeting", "{age}살 {sex} {time} 가능 조건 쪽지 #meeting",
            "{region} {age} 여 용돈 주실 분만 연락", "{grade} 조건 처음이에요 {region}", "오늘 {region} {sex}{age} 페이 먼저", "{age} {sex} 용돈 급해요 숏 가능",
            "여중생 용돈 구해요 {region}", "{year}년생 조건 {region} 오늘만",
        ],
    },
    "helper_offer": {
        "base": ["shelter_runaway"],
        "templates": [
            "가출한 친구들 재워줌 밥 사줌", "가출팸 자리 있음 10대 환영 숙식 제공 #age_probe", "{region} 헬퍼 해드림 잘 곳 필요하면 연락", "집 나온 학생 도와줌 모텔 잡아줌 #age_probe",
            "헬퍼 구하는 친구들 쪽지 부모님 연락 안 함 #secrecy_isolation", "갈 데 없는 사람 오늘 재워드려요 {region}", "가출 청소년 며칠이든 지내도 됨 조건 없음 #age_probe",
            "헬프 해드립니다 밥 옷 충전기 다 있음", "가출팸 멤버 모집 또래만 {region} #age_probe", "쉼터 가면 부모님한테 연락 감 그냥 여기로 와 #secrecy_isolation",
            "오늘 잘 데 없는 중고딩 데리러 감 #meeting #age_probe", "재워줄게 대신 집안일 조금만", "{region} 가출 학생 밥 사주고 재워줌 경찰 연락 절대 안 함 #secrecy_isolation #age_probe",
            "집 나온 애들 {region} 오면 방 있음", "헬퍼 해줄 사람 여기 있음 나이 적어서 쪽지 #age_probe", "가출하면 연락해 찜질방비 보내줌", "폰 위치 끄고 연락해 재워줌 #secrecy_isolation",
            "{region} 가출팸 숙식 공짜 언니들 있음",
        ],
    },
    "helper_seek": {
        "base": ["shelter_runaway"],
        "templates": [
            "{region} 헬퍼 구해요 {age}살 가출함", "재워주실 분 구해요 {sex} {age}", "가출팸 구해요 {region} {grade}", "오늘 잘 데 없어요 헬퍼 급구", "집 나왔는데 밥 사주실 분 {region}",
            "헬프 구함 {age} {sex} 며칠만", "가출했어요 {region} 재워주실 분 있나요", "{grade} 가출 3일째 헬퍼 구합니다", "잘 곳 구해요 {region} {age} 아무나",
            "헬퍼 구해요 부모님 모르게 #secrecy_isolation", "{year} {sex} 가출 오늘 재워주실 분", "집 나옴 {region} 밥이랑 잘 데만",
        ],
    },
    "sponsor": {
        "base": ["sponsor"],
        "templates": [
            "스폰 구해요 {age}살 {sex}", "스폰 해드립니다 학생 가능 월 {pay2} #age_probe", "고액 알바 미성년자 가능 하루 {pay} #age_probe", "쉬운 알바 사진만 보내면 면접 #image_request",
            "고페이 알바 당일지급 나이 무관", "채팅 알바 10대 가능 시간당 {pay} #age_probe", "모델 알바 중고딩 가능 사진 먼저 #image_request #age_probe", "용돈 스폰 구함 {region} {year}년생",
            "정기 스폰 학생만 만남 후 결정 #meeting #age_probe", "부모님 동의 없이 가능한 고수익 알바 #secrecy_isolation", "고페이 {pay} 보장 위험한 일 아님 텔 면접 #platform_move",
            "학생 스폰 구함 원하는 거 다 사줌 #gift #age_probe", "쉬운 알바 하루 두 시간 {pay} 미성년 가능 #age_probe", "{region} 스폰 구해요 {grade}",
            "고액 알바 구함 나이 사진 보내주세요 #image_request #age_probe", "꿀알바 10대 환영 폰만 있으면 됨 #age_probe", "스폰 찾는 학생 있으면 연락 달라 #age_probe",
            "고수익 당일 알바 학생 가능 신분증 필요 없음 #age_probe",
        ],
    },
    "image_lure": {
        "base": ["image_request"],
        "templates": [
            "사진 보내주면 문상 드림 중고딩만 #gift #age_probe", "셀카 보내면 기프티콘 줌 #gift", "교복 사진 구해요 학생만 #age_probe", "영통 할 사람 용돈 줌 10대 #money_meeting #age_probe",
            "영상통화 해줄 학생 시간당 {pay} #money_meeting #age_probe", "얼굴 인증하면 기프티콘 #gift", "프사 예쁜 학생들 디엠 주면 선물 보냄 #gift #platform_move #age_probe",
            "전신 사진 보내주면 페이 드림 #money_meeting", "영통 잠깐 해주면 문상 5만 #gift", "교복 셀카 보내면 게임 캐시 충전해줌 #gift #age_probe",
            "캠 켜고 대화할 학생 구함 #age_probe", "사진 보내면 바로 용돈 입금 #money_meeting",
        ],
    },
    "sexual_chat": {
        "base": ["sexual_talk"],
        "templates": [
            "야톡 할 어린 친구 구함 #age_probe", "19금 대화 할 중딩 #age_probe", "고딩이랑 야한 얘기 하실 분 #age_probe", "경험 없는 학생 대화 상대 구해요 #age_probe",
            "밤에 몰래 대화할 10대 #secrecy_isolation #age_probe", "수위 있는 대화 가능한 학생만 #age_probe", "섹알 구함 {region} #money_meeting", "키알 구해요 {region} 학생 가능 #money_meeting #age_probe",
            "어른 얘기 궁금한 학생 쪽지 #age_probe", "야한 얘기 하면 기프티콘 줌 #gift",
        ],
    },
    "gift_lure": {
        "base": ["gift"],
        "templates": [
            "대화만 해주면 매일 기프티콘 보냄 학생만 #age_probe", "문상 필요한 중딩 쪽지 #age_probe", "게임 캐시 충전해줌 대신 나랑 친구하자 10대 #age_probe",
            "로벅스 공짜로 줌 어린 친구만 #age_probe", "스킨 사줄 테니 연락 줘 초중딩 #age_probe", "기프티콘 뿌림 나이 적고 쪽지 #age_probe",
            "기프티콘 필요한 중학생 대화 상대 구함 #age_probe", "문상 오만원 쏨 대신 친구 해줄 학생 #age_probe", "게임 패스 사줄 사람 여기 어린 친구만 #age_probe",
            "편의점 기프티콘 매일 줌 대화만 하자", "용돈 필요한 학생 선물 보내줄게 주소만 #age_probe",
        ],
    },
}
POS_POST_WEIGHTS = {
    "condition_offer": 24, "condition_self": 16, "helper_offer": 16, "helper_seek": 9, "sponsor": 16, "image_lure": 9,
    "sexual_chat": 5, "gift_lure": 5,
}  # fmt: skip
POST_PREFIX_POS = ["", "", "", "급구 ", "[급] ", "💰 ", "🔥 ", "오늘만 ", "✨ ", "♡ ", "[{region}] ", "[{region}] "]
POST_SUFFIX_POS = ["", "", "", " 진지한 분만", " 장난 ㄴㄴ", " 사진 인증 가능", " 오늘만", " ㅎㅎ", " 💕", " 빠른 연락", " 선착순", " 차단 주의"]

NEG_POSTS: dict[str, list[str]] = {
    "job_ad": [
        "[{region}] {shop} 주말 알바 구합니다 / 시급 최저시급 이상 / 만 15세 이상 / 부모님 동의서 필수", "{shop} 평일 오후 알바 모집 고등학생 가능 근로계약서 작성 주휴수당 지급",
        "전단지 알바 구해요 하루 3시간 월급제 만 15세 이상 부모님 동의서 필요", "{region} {shop} 알바 고페이 아니고 최저시급 정직하게 드려요 ㅋㅋ 성실한 분",
        "방학 단기 알바 구합니다 청소년 근로 기준 지켜요 밤 10시 전 퇴근", "{shop} 홀 서빙 알바 학생 가능 시급 협의 아님 최저시급 이상 고정",
        "고등학생 알바 모집 부모님 동의서랑 가족관계증명서 지참 면접 후 결정", "주말 오전 {shop} 알바 구함 경험 없어도 돼요 유니폼 지급",
        "알바 구해요 {region} {shop} 근무 시간 토일 10시~4시 시급 최저 이상", "청소년 알바 가능 매장입니다 근로계약서 꼭 쓰고 시작해요",
        "{shop} 설거지 알바 하루 4시간 만 16세 이상 보호자 동의", "{region} 학원 보조 알바 대학생 우대 고등학생 불가", "당일 지급 아님 주의 월급 10일 지급 {shop}",
        "{shop} 오픈 알바 구합니다 나이 확인 위해 신분증 지참", "[구인] {shop} 주말 파트 2명 학생 가능 동의서 필수",
    ],
    "used_trade": [
        "교복 팝니다 {school} 하복 M 사이즈 깨끗해요 {region} 직거래", "문상 팝니다 5만원권 4만6천에", "기프티콘 팔아요 치킨 한 마리 유효기간 넉넉", "게임기 팝니다 박스 있음 {region}",
        "중고 교과서 싸게 팔아요 고1 국영수", "체육복 상의 팝니다 사이즈 L 한 번 입음", "교복 재킷 구해요 {school} 동복 95", "케이크 기프티콘 팔아요 선물 받았는데 안 먹어서",
        "문화상품권 1만원권 5장 팝니다 핀번호 거래", "문제집 나눔해요 중3 과학", "졸업한 {school} 교복 한 벌 나눔합니다", "게임 아이템 현금 거래 안 해요 사기 조심하세요",
        "카페 기프티콘 교환해요 아메리카노랑 라떼", "자전거 팝니다 {region} 직거래만", "교복 넥타이 잃어버렸는데 하나 파실 분",
    ],
    "study": [
        "고1 수학 스터디 모집 주 2회 스카 오픈채팅으로 연락", "영어 회화 캠스터디 영통으로 같이 해요 중고등 환영", "기말 대비 스터디 모집 {region} 카페에서 토요일 2시",
        "중3 과학 스터디 인원 2명 더 구해요 디코로 진행", "캠스터디 같이 하실 분 얼굴 안 나와도 돼요 손만", "수행평가 같이 준비할 사람 우리 학교만",
        "공부 인증 단톡방 만들었어요 오픈채팅 링크는 공지에", "국어 독서 모임 학생 모집 도서관 3층", "코딩 동아리 신입 모집 {school} 1학년",
        "시험 기간 스카 같이 갈 사람 {region}", "매일 아침 7시 기상 인증 스터디 모집",
    ],
    "counsel_notice": [
        "혼자 고민하지 마세요 1388 24시간 청소년 상담 문자·카톡 가능", "모르는 사람이 사진 요구하면 거절하세요 영상통화 후 앱 설치 요구는 몸캠피싱", "용돈 준다며 만나자는 어른 신고하세요 112",
        "디지털 성범죄 피해 상담 1366 익명 가능", "[예방교육] 랜덤채팅에서 나이 묻고 비밀 요구하면 그루밍 의심", "기프티콘 주면서 사진 달라는 사람 조심! 캡처 후 신고",
        "학교폭력·성폭력 신고는 117", "온라인에서 만난 사람이 텔레그램으로 옮기자고 하면 일단 멈추세요", "고액 알바 미끼 주의 미성년자 채용한다며 사진 요구하면 100% 사기",
        "청소년 사이버상담 채팅으로 언제든 이야기해요", "몸캠피싱 협박받았다면 돈 보내지 말고 바로 신고 삭제 지원 받을 수 있어요",
        "스폰·조건만남 제안은 범죄입니다 혼자 두려워하지 말고 상담하세요",
    ],
    "news": [
        "'용돈 줄게' 랜덤채팅으로 중학생 유인한 30대 구속", "가출 청소년에 '재워주겠다' 접근…헬퍼 위장 범죄 잇따라", "몸캠피싱 피해 10대 급증…'앱 설치 요구 시 의심'",
        "경찰, 조건만남 알선 조직 검거", "'고액 알바' 미끼로 청소년 유인 일당 덜미", "기프티콘 주며 사진 요구…온라인 그루밍 처벌 강화", "스폰 미끼로 미성년자 성착취한 20대 징역형",
        "오픈채팅서 '교복 사진' 요구한 남성 성착취 목적 대화 혐의 송치", "가출팸 숙식 제공 미끼로 10대 착취한 일당 재판행", "텔레그램 옮겨 협박…청소년 몸캠피싱 조직 검거",
        "[사설] 아동 대상 온라인 그루밍 잠입수사 확대해야", "랜덤채팅 앱 청소년 보호 조치 강화 추진", "'긴밤' '숏' 은어로 성매매 알선한 업자 적발",
    ],
    "shelter_notice": [
        "가출 청소년 쉼터 안내 24시간 입소 가능 밥·잠자리·상담 제공", "청소년쉼터는 무료예요 오늘 잘 곳이 없다면 1388", "집에 가기 힘든 청소년 누구나 일시 보호 가능합니다",
        "{region} 청소년쉼터 상담 후 입소 보호자 연락은 상담하면서 함께 정해요", "가출했다면 모르는 어른 말고 쉼터로 오세요 재워준다는 낯선 사람은 위험해요",
        "찾아가는 거리상담 버스 이번 주 {region} 역 광장 금요일 저녁", "밤에 갈 곳 없으면 청소년쉼터 문 열려 있어요 식사 제공",
    ],
    "misc": [
        "교복 재킷 잃어버렸어요 찾아주시면 사례할게요", "고2 수학 과외 구해요 시급 협의 대학생 선생님", "축제 사진 보내주세요 학생회에서 앨범 만들어요", "강아지 찾아요 {region} 사례금 드림",
        "봉사활동 같이 갈 학생 모집 보호자 동의서 필요", "밴드부 공연 보러 오세요 금요일 4시 강당", "생일 카페 이벤트 포토카드 선착순", "동아리 홍보 영상에 나올 사람 구해요 얼굴 안 나와도 됨",
        "반 단체티 사이즈 조사해요 오늘까지", "{region} 청소년 문화의 집 댄스 수업 모집", "분실물 안내 체육복 주인 찾아요", "학교 앞 떡볶이집 오늘 휴무래요",
        "중학생 농구 동아리 토요일 3시 체육관", "수학여행 사진 공유 폴더 만들었어요 우리 반만",
    ],
    "help_seeking": [
        "알바 처음인데 부모님 동의서 어떻게 받아요?", "친구가 가출했는데 쉼터 어떻게 알려줘요?", "근로계약서 안 쓰자고 하는 가게 괜찮은 건가요?",
        "1388에 전화하면 부모님한테 연락 가요?", "학생증 사진 교복 입고 찍어야 하나요?", "중학생도 할 수 있는 알바 있어요?", "친구랑 영통하다 끊겼는데 소리 설정 어떻게 해요 ㅠ",
        "생일 선물로 기프티콘 뭐가 좋아요?", "스터디 오픈채팅방 만들 때 주의할 점 있나요?",
    ],
}
NEG_POST_WEIGHTS = {
    "job_ad": 20, "used_trade": 16, "study": 12, "counsel_notice": 13, "news": 14, "shelter_notice": 8, "misc": 11, "help_seeking": 6,
}  # fmt: skip
SHOPS = ["카페", "편의점", "빵집", "분식집", "치킨집", "영화관 매점", "꽃집", "아이스크림 가게", "패스트푸드점", "고깃집"]
SCHOOLS = ["OO중", "OO고", "여중", "남고", "중학교", "고등학교"]
POST_PREFIX_NEG = ["", "", "", "[구인] ", "[모집] ", "[판매] ", "[공지] ", "[안내] ", "📢 ", "✔ ", "[{region}] "]
POST_SUFFIX_NEG = ["", "", "", " 문의는 댓글", " 많관부", " 감사합니다", " 🙏", " 쪽지 주세요", " #청소년 #안내", " ^^"]
NEG_POST_PREFIX_FIT = {
    "job_ad": {"", "[구인] ", "📢 ", "[{region}] "},
    "used_trade": {"", "[판매] ", "✔ "},
    "study": {"", "[모집] ", "📢 "},
    "counsel_notice": {"", "[안내] ", "[공지] ", "📢 "},
    "news": {""},
    "shelter_notice": {"", "[안내] ", "📢 "},
    "misc": {"", "[공지] ", "📢 ", "✔ "},
    "help_seeking": {""},
}
NEG_POST_SUFFIX_FIT = {
    "job_ad": {"", " 문의는 댓글", " 쪽지 주세요", " 감사합니다"},
    "used_trade": {"", " 쪽지 주세요", " 문의는 댓글", " ^^"},
    "study": {"", " 많관부", " 쪽지 주세요", " 🙏"},
    "counsel_notice": {"", " #청소년 #안내", " 🙏"},
    "news": {""},
    "shelter_notice": {"", " #청소년 #안내", " 감사합니다"},
    "misc": {"", " 감사합니다", " 🙏", " 많관부"},
    "help_seeking": {"", " 🙏", " ㅠㅠ"},
}
