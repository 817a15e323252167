"""Author d: posts (X 트윗, 틱톡/인스타 bio and 스토리, 오픈채팅 방 제목, 디스코드 공지, 랜덤채팅 프로필).

One post per line: "label | post_type or negative_type | tags | text". Positives (30) are solicitations and
offers, from adults and in the voice of at-risk youth, with heavy obfuscation (초성, symbols and spaces inside
words, digit/Latin look-alikes, Korean typed with the IME off, emoji inside words, elongation, split jamo);
negatives (30) share their words innocently. Synthetic, non-explicit."""

POSTS = r"""
1 | condition_offer | money meet age | ㅈㄱ 구해요 🙏 10대 환영 당일 만남 ㄱㄴ 용.돈 넉넉히 DM
1 | condition_offer | money meet plat | whrjs 급구 시내 근처 페.이 확실 텔ㄹㅔ로 와요
1 | condition_offer | money age meet | 오늘 만 남 가능한 중 고 딩 ㅇㅛㅇㄷㅗㄴ 드림 🙊 쪽지
1 | condition_offer | money plat age | 조💕건 볼 사람 디엠 ㄱ 나이 적어서 보내 학생 우대
1 | condition_offer | money meet | ㅈ.ㄱ.ㅁ.ㄴ 역 근처 숏 가능 페이 선입금 x
1 | condition_self | money meet age | ㅈㄱㅁㄴ 16 여 오늘 용돈 급해요 ㅠ 근처만
1 | condition_self | money meet age | 0ㅕ ㅈㅜㅇ3 ㅈㄱ 구함 시청역 쪽 대화 먼저
1 | condition_self | money age plat | dydehs 필요한 고1 남 ㅈㄱ 가능 라인으로 ㄱ
1 | helper_offer | shelter age sec | 가출한 10대 재워줌 밥 O 잔소리 X 부모님한테 연락 안 함 ㄷㅁ
1 | helper_offer | shelter meet | gpfvj 해드려요 오늘 바로 터미널 픽업 숙소 있음
1 | helper_offer | shelter age | 가💦출팸 새 식구 모집 ㅈㅈ 중딩 고딩 다 ㄱㄴ 방 있음
1 | helper_offer | shelter sec plat | 집 나온 친구들 재 워 줄 게 요 폰 꺼도 됨 편하게 와아아아 오픈톡 비번 쪽지로
1 | helper_seek | shelter age | 헬.퍼 구함 15 여 가ㅊㅜㄹ함 오늘 잘 데 급해요 ㅠㅠ
1 | helper_seek | shelter age meet | ㅎㅍ 구해요 17 남 ㅇㅕㄴㄹㅏㄱ 주세요 역 근처에 있음
1 | sponsor | spon age | ㅅㅍ 해드림 🎁 매달 정기 용돈 여고생만 조건 없음 쪽지
1 | sponsor | spon sec age | tmvhs 관심 있는 10대 디엠 부모님 몰라도 됨 비밀 100%
1 | sponsor | spon money | 스💰폰 구해요 한 달 몇 번 밥만 먹어요 고액 지원
1 | sponsor | spon age | 고.액.알.바 미성년 가능 하루 두 시간 얼굴만 예쁘면 OK
1 | sponsor | spon img age | 용돈 알바 🌟 사ㅈ1ㄴ 몇 장이면 끝 학생 환영 나이 무관
1 | image_lure | img gift age | tpfzk 보내면 기프티콘 바로 🎁 중딩 고딩만 DM
1 | image_lure | img gift | tkwls 한 장당 문상 오천 얼굴 안 나와도 됨
1 | image_lure | img age plat | ㅇㅓㄹㄱㅗㅇ 인증하면 선물 드려요 ~ 10대만 텔레로
1 | image_lure | img spon age | 교.복 사.진 구매합니다 학교 안 물어봄 착용 사진 우대
1 | image_lure | img gift age | 팬계 굿즈 나눔 🎀 조건 셀ㅋㅏ 인증 교복 입은 사진이면 당첨 확률 UP
1 | sexual_chat | sex age plat | 야.한 대화 할 중고딩 구함 비밀 보장 디엠
1 | sexual_chat | sex img | 영ㅌㅗㅇ 하면서 19금 얘기 할 사람 🔞 캠 켜면 용돈
1 | sexual_chat | sex age | ㅇㅑ한 얘기 좋아하는 10대 ㅂㄷ ㅂㄷ 랜챗 프사 없음
1 | gift_lure | gift img age | 로블록스 로벅스 무료로 드려요 🤑 초등 중등 누구나 대신 얼.굴 인증
1 | gift_lure | gift sec age | 제페토 젬 나눔 ~ 부모님 몰래 받을 수 있는 사람 나0ㅣ 적어서 디엠
1 | gift_lure | gift meet age | 문상 기프티콘 뿌림 만나서 줌 ㅎㅎ 중딩만 동네 인증 해주세요오오오
0 | job_ad | | 카페 주말 알바 구해요 만 15세 이상 친권자 동의서 필수 시급은 최저시급 이상 근로계약서 작성
0 | job_ad | | 편의점 야간 X 주말 낮 알바 학생 가능 보호자 동의 필요 고액 알바 아닙니다 ㅋㅋ 정직한 시급
0 | job_ad | | 🍔 패스트푸드 크루 모집 청소년 근무 가능 밤 열시 전 퇴근 면접은 매장에서
0 | job_ad | | 전단지 알바 사칭 주의 진짜 공고는 보호자 동의서 받고 근무지 주소 공개합니다
0 | used_trade | | 교복 물려드려요 ○○중 동복 하복 사이즈 M 직거래 학교 정문 부모님 동반 환영
0 | used_trade | | 문.상 기프티콘 팔아요 유효기간 임박 정가보다 싸게 채팅 주세요
0 | used_trade | | 닌텐도 중고 팔아요오오오 풀박 시청역 직거래 저녁 일곱시 이후 가능
0 | used_trade | | 포카 교.환 구해요 🥹 제 중복 포카랑 교환 반값택배만 얼굴 인증 같은 거 안 받아요
0 | study | | 캠스터디 같이 할 ㄱㄷㅎㅅ 구해요 손이랑 책만 나오게 얼굴 X 조용히 공부만
0 | study | | 디코 수학 스터디 중3 모집 ✏️ 매일 밤 아홉시 음성 없이 채팅으로 인증
0 | study | | 영어 회화 스터디 영ㅌㅗㅇ으로 진행 같은 학교 친구들끼리 선생님 감독
0 | counsel_notice | | 모르는 사람이 사진이나 영통 요구하면 답하지 말고 캡처 후 신고 117 112
0 | counsel_notice | | 몸캠피싱 주의 🚨 "소리가 안 들려 이 앱 깔아" 하면 100% 사기에요오오오 돈 보내지 마세요
0 | counsel_notice | | 딥페이크 합성 협박 받았다면 혼자 고민 말고 1388 청소년상담 연락 주세요
0 | counsel_notice | | 가💔출 고민 중이라면 헬퍼 말고 1388 ✨ 청소년쉼터는 무료로 재워줘요
0 | counsel_notice | | 여성긴급전화 1366 은 24시간 상담 가능합니다 혼자 참지 마세요
0 | news | | [뉴스] SNS 조건만남 알선 일당 검거 미성년자 피해자 보호 조치
0 | news | | 가출팸 숙소서 청소년 착취한 성인들 재판에 넘겨져
0 | news | | "스폰 해줄게" 10대 유인한 남성 징역형 법원 "죄질 불량"
0 | news | | 몸캠피싱 조직 해외 총책 송환 피해자 상당수가 중고생
0 | shelter_notice | | 🏠 ○○시 청소년쉼터 안내 24시간 입소 가능 밥 잠자리 상담 무료 1388 로 연락
0 | shelter_notice | | 거리 상담 버스 금요일 밤 터미널 앞 운영 간식 나눔 쉼터 연계
0 | misc | | 학교 축제 스폰서 모집 동네 가게 사장님들 현수막 홍보 조건 학생회 드림
0 | misc | | 사진부 축제 사진 전시 얼굴 나오는 거 싫은 사람 학생회에 말해주세요 빼드려요
0 | misc | | 프라모델 동호회 모델 사진 공유방 10대 회원도 환영 보호자 동의 불필요한 공개방
0 | misc | | 우리 가족 여행 숙소 모텔 후기 🛏️ 가성비 최고 애들이 수영장 없다고 삐짐 ㅋㅋ
0 | help_seeking | | 친구가 집 나갔는데 오픈채팅에서 재워준다는 사람 만난다고 해요 어떻게 말려야 하나요 ㅠㅠ
0 | help_seeking | | dkfqk 하려는데 친권자 동의서 어디서 받나요? 중3 만 15세예요
0 | help_seeking | | 인스타로 캐스팅 DM 왔는데 부모님 모르게 오래요 사칭 맞죠?
0 | help_seeking | | 랜챗에서 영통 하자는데 앱 깔라는 거 몸캠 맞나요 아직 안 깔았어요
"""
