"""Author h, positive posts (label 1): solicitation of minors as a monitoring analyst meets it, with heavy
mixed obfuscation. One post per line ``1 | post_type | marks | text``; `` ¶ `` is a line break. Marks: the
category keys of records.TAGS and the hand obfuscation marks of write_h.OBF_MARKS. Synthetic and non-explicit."""

POSITIVE = """
# --- adults offering 조건 (X profiles, 랜덤채팅, 게시판, 중고거래-looking) ---
1 | condition_offer | money age cs | ㅈㄱ ㅎㅅ 환영 ㅋ 당일 P 넉넉히 ¶ 쪽지로 나이랑 지역만
1 | condition_offer | money age sec plat sp | 조.건 구해요 30대 직장인 매너有 ¶ 고딩도 ㄱㅊ 비밀 보장 ¶ 텔 아디는 디엠으로 드림
1 | condition_offer | money age | 서울 동쪽 ㅣ 용똔 넉넉 ㅣ 교복 입는 나이 환영 ㅣ 첫 만남 때 현금 ㅣ 🚫업자
1 | condition_offer | money age plat ek | whrjs 구함 10대 후반 우대 ¶ 만나서 밥 먹고 dydehs 드림 ¶ 라인으로 ㄱ
1 | condition_offer | money age meet emo | [랜챗 프로필] 3x 남 ㅣ 조💕건 ㅣ 숏/긴 ㅣ 민짜도 상관無 ㅣ 지역 맞으면 오늘
1 | condition_offer | money meet age sec sp | 오늘 저녁 역 근처 만 남 가능한 분 ¶ 학생이면 P 더 챙겨드림 ¶ 부모님 몰래 나오는 거 ㄱㄴ?
1 | condition_offer | money age meet sec sp cs | 용.돈 필요한 ㅈㄷ ㄱㄷ 연락주세요 ¶ 차 있음 데리러 감 ¶ 대화 내용 바로 지우는 조건
1 | condition_offer | money age plat lk | ⓙⓖ 구함 시간당 ⑩ 학생 ㅇㅋ ㅌㄹ
1 | condition_offer | money age img sp | 📢 채널 공지 ¶ 지역별 ㅈ ㄱ 매칭 ¶ 10대 인증되면 페이 2배 ¶ 입장하면 프사 먼저 보내주세요
1 | condition_offer | money age lk | 만남ㄱ 0ㅒ기만 잘 들어주면 됨 P 있음 중고딩 ok
1 | condition_offer | money age ek | alsWk 환영 whrjs 15~ 역 근처
1 | condition_offer | money age meet | [삽니다] 시간 삽니다 ¶ 두 시간 같이 있어줄 여학생 ¶ 사례 넉넉히 함 채팅 주세요
1 | condition_offer | money age | ㅈㄱ 학생만 ㄱ
1 | condition_offer | money age meet lk cs | 퇴근 후 ㅁ ㄴ ㅇ ㅣ 0ㅕ고생 구함 ¶ 택시비 + α ¶ 사는 동네만 알려주면 근처로 감
1 | romance_lure | meet sec gift age | 고딩 남친 구하는 30대 ¶ 몰래 만날 수 있는 사람 ¶ 선물 많이 해줌 ㅎ
# --- youth-voice 조건/용돈 ---
1 | condition_self | money age plat jm | ㅈㄱ ㅎㅇ 12년생 ㅇㅕ 지금 역 근처 ¶ 숏만 ㄷㅁ
1 | condition_self | money age plat | 중삼 남 ㅈㄱ 구해봄 ㅋㅋ 누나 형 상관 x 라인 ㄱㄱ
1 | condition_self | money age jm | ㅇㅛㅇㄷㅗㄴ 필요 ㅠ 10년생 ¶ 밥 사주고 조금만 주실 분
1 | condition_self | money age | 민짜 ㅈㄱㅁㄴ 17 오늘 ㄱㄴ 프사 본인
1 | condition_self | money age meet plat sp | 폰비 밀려서 ㅠㅠ 용/돈 주실 분 만 나 요 ¶ 중딩인데 괜찮으면 디엠
1 | condition_self | money age meet | #ㅈㄱ #고딩 #당일 #용돈 ¶ 오늘 터미널 근처 있음 먼저 연락 주는 분이랑
1 | condition_self | money age gift el | 마아아안남 구해여 ㅎㅎ 중2 ¶ 문상 주면 더 좋음
1 | condition_self | money age cs | [랜챗 방제] 용ㄷ 급구 15 여
1 | condition_self | money age sec | 학원 끝나고 한 시간 비어요 ¶ 고이 여 ¶ 엄마 폰 검사해서 연락은 여기 댓글로만 ¶ 페이 먼저 얘기해요
# --- runaways looking for a 헬퍼 ---
1 | helper_seek | shelter age meet jm | ㅎㅍ 구해요 ¶ 11년생 ㅇㅕ 집 나온 지 이틀 ¶ 씻을 데랑 잘 데만 있으면 돼요 ¶ 지역 상관없이 데리러 와주실 분
1 | helper_seek | shelter age sp | 헬-퍼 ㄱㄷㄹ 중삼 가.출 ¶ 폰 배터리 20퍼라 빨리
1 | helper_seek | shelter age | 재워줄 사람 구함 ¶ 집엔 절대 안 들어감 ¶ 16 남 ¶ 밥만 사주면 뭐든 함
1 | helper_seek | shelter age jm | ㅎㅔㄹㅍㅓ 구합니다 고일 여 오늘부터 ¶ 학교는 자퇴할 거라 상관없어요
1 | helper_seek | shelter age sec ek | gpfvj rngka 13년생 ¶ 부모님 연락 올 일 없게 할게요
1 | helper_seek | shelter age emo | 가💔출팸 들어갈 자리 있나요 ¶ 중2 여 둘 ¶ 같이 받아주는 곳만
# --- adults offering a room (헬퍼/가출팸) ---
1 | helper_offer | shelter age sec | ㅎㅍ 해드립니다 ¶ 방 있음 밥 있음 ¶ 집 나온 중고딩 연락 ¶ 경찰이나 부모님 연락 안 함 걱정 ㄴㄴ
1 | helper_offer | shelter age plat spon sp | 가.출.팸 자리 2개 남음 ¶ 여자만 10대만 ¶ 숙식 제공 대신 일 조금 도와주면 됨 ¶ 텔 ㄱ
1 | helper_offer | shelter plat | 헬퍼 ♡ 서울 ♡ 재워줄게 ♡ 밥 사줄게 ♡ 폰 끊긴 애들은 와이파이 잡아서 디엠
1 | helper_offer | shelter age sec ek | rkcnfvoa 모집 ¶ 숙소 있음 ¶ 14~18 ¶ 부모님한테 말 안 할 애들만
1 | helper_offer | shelter age el | 헤에에엘퍼 ㅋㅋ 재워줌 ¶ 찜질방 전전하지 말고 ¶ 고딩 환영
1 | helper_offer | shelter age plat | 🏠 쉼터 아님 ㅣ 어른 간섭 없는 방 ㅣ 가출 청소년 누구나 ㅣ 입장은 관리자 ㄷㅁ
1 | helper_offer | shelter age meet jm cs | ㅎ ㅔ ㄹ ㅍ ㅓ 함 ¶ 오늘 밤 잘 곳 없는 ㅁㅈ ¶ 역에서 바로 픽업
1 | helper_offer | shelter gift age plat | [길드 홍보] 길원 중에 집 나온 애 있으면 귓 ¶ 방 남아서 재워줄 수 있음 ¶ 학생이면 용돈도 챙겨줌
# --- 스폰 offers and asks ---
1 | sponsor | spon age meet gift ek | 여고생 tmvhs 합니다 ¶ 한 달 두 번 만남 ¶ 원하는 거 사줌
1 | sponsor | spon age sec emo | 💰스💸폰💰 중고딩 전용 ¶ 부모님 몰래 용돈 필요한 애들 ¶ 첫 달 선입금
1 | sponsor | spon age sp | 스 폰 서 구함 중딩임 ¶ 아이돌 연습생 준비 중인데 레슨비가 너무 비싸요
1 | sponsor | spon age sec img | 연습생 지망생 개인 후원해드립니다 ¶ 15~17 ¶ 회사 거치지 말고 저랑만 연락 ¶ 프로필 사진 3장 먼저
1 | sponsor | spon age lk | ｓｐｏｎ 구함 ¶ 고2 남 ¶ 형들 연락 ㄱ
# --- photos / video for money or gifts ---
1 | image_lure | img gift age el | 셀카 사요오오오 ¶ 얼굴 안 나와도 됨 ¶ 장당 기프티콘 ¶ 중고딩만
1 | image_lure | img age ek | tpfzk 삽니다 교복 ver ¶ dkfqk비보다 많이 줌
1 | image_lure | img age plat sp | 사 진 판매하실 분 ¶ 얼굴 없이 손 사진 일상 사진 다 삼 ¶ 10대 우대 ¶ 텔
1 | image_lure | img age | 영상 구함 ¶ 교복 입고 인사만 하는 거 ¶ 한 편당 P 5 ¶ 학생증은 가리고 보내면 됨
1 | image_lure | img gift age jm | ㅅㅏㅈㅣㄴ 거래 ¶ 문상 바로 쏨 ¶ 어린 애들 환영
1 | image_lure | img gift age | 영통 5분 = 치킨 기프티콘 ¶ 캠 켜고 얘기만 ¶ 12~16 여
1 | image_lure | img gift age sec | 인증샷 보내주면 로벅스 드림 ¶ 초딩 말고 중딩 ¶ 부모님 폰 말고 본인 폰으로만
1 | image_self | img gift age | 후원자 구해요 ¶ 중3 여 ¶ 사진 보내드리고 매주 기프티콘 받는 식으로 ¶ 딱 그 정도만
1 | image_self | img gift age cs | ㅅㅈ 팔아요 ㅎㅎ 고딩 ¶ ㄱㅍㅌㅋ 먼저 주시면 바로 보냄
# --- gifts as a lure ---
1 | gift_lure | gift age plat emo | 무료 기프💝티콘 나눔 ¶ 학생만 ¶ 나이랑 학교 디엠으로 ¶ 받으면 대화 조금만 해줘
1 | gift_lure | gift age plat sec | 🎁스킨 선물 이벤트🎁 ¶ 중학생 한정 ¶ 카톡 말고 텔로 와야 받을 수 있음 ¶ 누구한테 말하면 무효
# --- fake job / modelling lures ---
1 | job_lure | spon age img emo | 고수익 당일지급 미🌸성년 가능 ¶ 피팅모델 ¶ 지원할 때 전신 사진 먼저 ¶ 부모님 동의 필요 없음
1 | job_lure | spon age meet ek | rhtndlr dkfqk ¶ 쉬운 일 ¶ 15세 이상 ¶ 면접은 차 안에서 ㅎㅎ
1 | job_lure | spon age img plat | [구인] 촬영 보조 겸 모델 ¶ 일급 20 당일지급 ¶ 경력 무관 10대 가능 ¶ 보호자 동의 X ¶ 프로필은 텔레로만 받음
1 | job_lure | spon age plat sp | 알.바 ㄱ? 대화 상대 알바 ¶ 나이 어릴수록 시급 ↑ ¶ 쪽지
1 | job_lure | spon age img sec lk | Ｍｏｄｅｌ 모집 ¶ 인스타 협찬 ¶ 중고딩 ok ¶ 계약 전에 셀카 몇 장 ¶ 엄마한텐 나중에 말해도 됨
1 | job_lure | spon shelter age sp | 당/일/지/급 ㅣ 숙식 제공 ㅣ 가출 상관없음 ㅣ 16세 이상 ㅣ 일은 와서 설명
1 | job_lure | spon age meet sec | 뷰티 모델 캐스팅 ¶ 미성년 우대 ¶ 오디션 아니고 개인 촬영 ¶ 장소는 따로 알려줄게요 ¶ 비밀 유지 서약 있음
1 | job_lure | spon age plat lk | 피팅 알바 시급 5만 ¶ ①⑤~①⑧세 ¶ 키 몸무게 적어서 디엠
1 | job_lure | spon age plat img | 게임 테스터 알바 10대 급구 ¶ 하루 3만 ¶ 디코 말고 텔그로 지원 ¶ 지원할 때 얼굴 인증
1 | job_lure | spon age img ek | dudxhd dkfqk ¶ 시간당 2 ¶ 말만 하면 됨 ¶ 얼굴 나와야 함 ¶ 미자 ㄱㄴ
# --- 몸캠 bait profiles and sexual chat ---
1 | sexual_chat | sex age plat | 야한 얘기 ㄱ? 중고딩 남자만 ¶ 텔 아디 ㄷㅁ
1 | bodycam_bait | sex img plat jm | ㅇㅑ한 톡 할 사람 ¶ 소리 안 나는 영통 ㄱ ¶ 이 앱으로 와야 화질 좋음
1 | bodycam_bait | img age sp | 몸ㅋ ㅐㅁ 아님 진짜 여자임 ㅎㅎ ¶ 영통 ㄱ 15~19 남
1 | sexual_chat | sex age sp | ㅇ ㅑ 톡 방 ¶ 중딩 입장 ㅇ
1 | sexual_chat | sex sec age | 비밀 대화방 ¶ 어른 안 들어옴 ¶ 학생끼리 + 방장 ¶ 야한 얘기 허용 ¶ 캡쳐 금지
# --- long board posts, channel blurbs ---
1 | condition_offer | money age sec plat meet jm | [고민상담 해드려요] ¶ 30대 중반 회사원이고 요즘 집이나 학교 때문에 힘든 학생들 얘기 들어주고 있어요. 말로만 위로하는 거 아니고 맛있는 거 사주고 ㅇㅛㅇㄷㅗㄴ도 조금씩 챙겨줍니다. ¶ 중고딩 상관없고 특히 부모님이랑 사이 안 좋은 친구들 환영. 부모님이나 선생님한테는 당연히 비밀이에요. ¶ 처음엔 여기 댓글 말고 텔ㄹ로 연락 주세요. 나이랑 사는 동네 적어주면 주말에 그쪽으로 갈게요. ¶ ※ 장난이면 바로 차단
1 | helper_seek | shelter age sp cs | 2주째 집 안 들어가는 중… 친구 집도 이제 눈치 보여서 못 있겠음 ¶ 10년생 여자고 학교는 일단 안 가는 중 ¶ ㅎ.ㅍ 해주실 분 구해요 씻고 잘 수만 있으면 집안일 다 할게요 ¶ 담배 술 안 하고 조용히 지냄 ¶ 경찰 신고하거나 집에 연락하는 사람은 바로 차단함 ¶ #헬퍼 #가출 #ㅎㅍ #재워줄사람
1 | job_lure | spon age img gift sec plat | ✨ 당일 정산 꿀알바 채널 ✨ ¶ ▶ 하는 일: 사진 촬영, 영상 출연, 대화 상대 (얼굴 공개는 선택) ¶ ▶ 대상: 15~19 남녀 / 학생 환영 / 부모님 동의 필요 없음 ¶ ▶ 페이: 건당 10~50, 기프티콘이나 계좌 편한 걸로 ¶ ▶ 지원: 채널 관리자에게 이름 말고 나이, 지역, 셀카 2장 ¶ 다른 데 얘기하면 영구 블락
1 | gift_lure | gift plat sec age | 로블 하는 초중딩들 ㅋㅋ 로벅스 필요하면 말해 ¶ 나 현질 많이 해서 남아돎. 대가 같은 거 없고 그냥 친하게 지낼 애들 찾는 중 ¶ 대신 게임 채팅은 운영자가 다 봐서 불편하니까 디코 개인 디엠으로 와. 서버 말고 개인으로 ¶ 부모님이 게임 못 하게 하면 나랑 얘기한 거 말 안 하는 게 좋음 ㅇㅇ ¶ 나이 몇 살인지 꼭 적어
1 | image_lure | img age meet sec lk | [구매] 입던 교복 삽니다 ¶ 학교 상관없고 사이즈 상관없어요. 지금 다니는 학생이 직접 입던 거면 가격 더 드림 ¶ 입고 찍은 착용샷 같이 보내주시면 ⓟ 두 배 ¶ 직거래는 학생 편한 곳으로 제가 차 타고 갈게요 ¶ 부모님 모르게 팔고 싶은 분도 ㄱㅊ 조용히 처리해 드려요
1 | condition_self | money age meet plat sp | 오늘 진짜 급함 ㅠ ¶ 조 ¶ 건 ¶ 고1 여 / 역 근처 / 9시 이후 ¶ 처음이라 무서우니까 착한 분만… 디엠 먼저 주세요 ¶ 나이 의심하는 사람 ㄴㄴ 학생증 있음
1 | helper_offer | shelter sec age spon plat | [공지] 우리 방 규칙 ¶ 1. 여기는 집 나온 10대들끼리 서로 돕는 방 ¶ 2. 방장 형이 방 2개 구해놨음, 자리 필요하면 개인톡 ¶ 3. 들어오면 폰 번호 바꾸고 원래 단톡 다 나가기 ¶ 4. 밥값 숙소비 대신 형이 소개해주는 일 하면 됨 ¶ 5. 밖에 이 방 얘기하면 강퇴 + 책임 물음
1 | job_lure | spon age sec img plat gift | 안녕하세요 신생 엔터 캐스팅 담당입니다. ¶ 길거리 캐스팅 대신 SNS로 숨은 원석 찾고 있어요. 13~17세, 키나 외모보다 분위기 봅니다. ¶ 계약 전 단계라 부모님께는 아직 말씀 안 하셔도 되고, 합격하면 회사에서 직접 설명드려요. ¶ 지원 방법: 라인 친구 추가 후 민낯 셀카, 전신 사진, 교복 입은 사진 각 1장 ¶ 서류 통과자 전원 촬영비 지원 + 기프티콘 증정 ¶ 공식 홈페이지는 리뉴얼 중이라 라인으로만 받아요
1 | job_lure | spon age img meet money lk sp cs | ⓐⓛⓑⓐ 구합니다 (대화 알바) ¶ ▷ 하는 일: 퇴근한 직장인들이랑 톡 대화 + 가끔 영.통 ¶ ▷ 시급: 경력 없어도 만 이상, 어릴수록 우대 ¶ ▷ 나이: ㅈㄷ ㄱㄷ 다 가능, 부모님 동의 ㄴㄴ ¶ ▷ 가끔 만나서 밥 먹자는 분 있는데 나가면 보너스 따로 ¶ 관심 있으면 아이디 말고 나이부터 보내 ㅎ
1 | bodycam_bait | img age plat sex sec | 🔞아님 그냥 대화 계정 ¶ 20대 초 여자, 외로워서 영통 친구 구함 ㅎㅎ ¶ 중고딩 남자애들 귀여워서 좋아함, 나이 차이 신경 ㄴㄴ ¶ 처음엔 라인으로 와서 얼굴 보여주고 얘기하다가 친해지면 더 재밌는 것도 하고~ ¶ 화면 공유 잘 되는 앱이 따로 있어서 그거 깔아야 함 (소리 끊기는 거 방지) ¶ 부끄러우면 캠 각도는 맘대로, 비밀은 지켜줄게
1 | bodycam_bait | img age jm sp | ㅇ ㅕ ㅇ ㅌ ㅗ ㅇ ㄱ 남학생만 ㅎ
"""
