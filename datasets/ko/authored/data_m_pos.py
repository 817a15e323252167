"""Positive posts (label 1) of author m: ``label | kind | marks | text`` lines, read by ``write_m.py``.

Synthetic and non-explicit. X bios and tweets, 텔레그램 channel/bot descriptions, 오픈채팅 방제 + 공지,
디스코드 server blurbs, 인스타 스토리, 동네 listings, 알바 app listings, game community posts, 익명 Q&A
answers and comments under a youth's post. No real names, numbers, links or account ids.
"""

POSITIVE = """
1 | condition_offer | money meet age | 💸용💸돈 드림 ㅈㄱ rheld 환영 강남 쪽 // 밥만 먹어도 ㅍㅇ 있음 #용돈 #ㅈㄱ #밥친구
1 | condition_offer | money meet age | 30대 직장인 / 주말에 드라이브 같이 할 동생 구해요 / 교복 입는 나이면 더 좋아요 / 차비랑 용돈은 따로 챙겨드려요
1 | condition_offer | money meet age plat | whrjs aksska 중딩 고딩 다 됨 ㅌㄹ로 와 🍯
1 | condition_offer | money meet age plat sec img | [텔레 채널 소개] 동네 밥친구 매칭 채널입니다 🍚 // 학교 끝나고 심심하거나 용돈이 필요한 17~19 여학생 위주로 연결해드려요. 만나서 밥 먹고 얘기만 해도 기본 5, 시간이 길어지면 더 드립니다. 드라이브나 노래방까지 가면 따로 챙겨드려요. // 부모님이나 학교에 알려질 일 없게 대화는 매번 삭제하고, 후기 인증은 별도 채널에서만 해요. 신고 들어와도 채널은 금방 새로 파니까 걱정 마세요. // 처음이면 나이랑 사는 동네, 학년만 먼저 보내주세요. 사진은 나중에 천천히 받아요. // 동생들끼리 소개해주면 소개비도 있어요.
1 | condition_offer | money meet age | 시간 내줄 동생 있으면 용돈 넉넉히 줄게요 학생이어도 상관없어요 쪽지 주세요
1 | condition_offer | money meet age | 조/건 ㅁㄴ 급구우우우 // ㅅㅣㄱㅏㄴ당 ㅍㅇ 후하게 🎁 // 0ㅕ고생 우대
1 | condition_offer | money meet age | 오늘 저녁 영등포 ㅇㄷ? 💰 // 0ㅓ린 동생이면 용.돈 두 배 // ㅈ1ㄴ짜 밥만 먹고 헤어짐
1 | condition_offer | money meet age sp | 용 돈 드 림 중 고 딩 만 // 역 앞에서 잠깐 보고 끝 #ㅇㄷ #용돈알바
1 | condition_offer | money meet age sec | 방학이라 심심한 학생분 같이 영화 보고 밥 먹어요. 끝나고 교통비 겸 용돈 드립니다. 부모님껜 친구 만난다고 하시면 돼요.
1 | condition_offer | money meet age plat | (X 바이오) 드라이브🚗 ㅍㅇ ㅇ // 10대 ㄷㅁ ㄱ 나이 먼저 말해줘 // 대화는 텔ㄹ로만
1 | condition_self | money meet age | ㅈㄱㅎ 09년생 오늘 밤 서면 // 폰비 급해서 그래요 ㄷㅁ 주세요
1 | condition_self | money meet age | dydehs rmqrn 17 // whrjs ㄱㄴ 📍 수원 #용돈 #급구
1 | condition_self | money meet age sec | 고1인데 이번 주말 밥친구 해주실 분.. 용돈 조금만 주시면 돼요 부모님한테는 친구 집 간다고 할게요
1 | condition_self | money meet age | Q. 요즘 뭐 함? // A. 알바 짤려서 용💸돈 구하는 중 15살이라 받아주는 데가 없음 ㅠ 만.나.서 밥만 먹는 거면 ㄱㄴ
1 | condition_self | money meet age | 오늘 용돈 (0ㅕ 16) // 조.건 ㄱㄱ 🙏 eorn 동성로 // 나이 ㅇㅈ ㄱㄴ
1 | condition_self | money meet age sp | 조 건 해 요 고2 여 // 🌙 오늘만 // 멀리는 못 가요
1 | condition_self | money meet age self | 중3인데 집도 싫고 다 지겨움 그냥 사라지고 싶다 // 용돈 주시는 분이면 아무 데나 나갈게요
1 | helper_offer | shelter meet age | 힘들면 연락해 재.워.줄.게 밥도 사주고 // 집 나온 애들 몇 명 같이 있어 여기 편해 ㅎㅎ
1 | helper_offer | shelter meet age sp | 가💕출 ㅎㄹㅍ 해드림 재 워 줌 // 중고딩 ok 숙박 제공 + 식사 // 조건 없음 진짜로
1 | helper_offer | shelter age sec | 🏠 가출팸 자리 2 남음 // 14~17 0ㅕ자만 // 부모 연락 오는 애 안 받음 #rkcnfvoa #헬퍼 #재워줌
1 | helper_offer | shelter meet age plat sec | 숙박 제공 봇입니다 🛏 // 시작 버튼 누르고 나이, 지역, 집 나온 날짜를 적으면 가까운 헬퍼와 연결해드려요. // 청소년은 우선 배정, 중학생도 가능합니다. 첫날 밤은 모텔비 저희가 내드려요. // 대화 기록은 하루 뒤 자동 삭제, 경찰이나 보호자에게 연락하는 일은 절대 없습니다. // 이용 후 후기 남겨주시면 다음 숙박도 우선 연결.
1 | helper_offer | shelter meet age | ㄱㅏㅊㅜㄹ 했으면 gpfvj 해줌 // 밥 + 잠 + 충전기 다 있음 0ㅑ간에도 데리러 감 // 10대만
1 | helper_offer | shelter meet age sec | [나눔] 빈 방 무료로 내어드려요 // 집에 들어가기 싫은 학생 잠깐 쉬어가도 돼요. 혼자 사는 직장인이라 방 하나가 비어 있어요. 밥도 챙겨주고 와이파이, 충전기, 세면도구 다 있어요. // 며칠이든 괜찮고 학교 안 가도 뭐라 안 해요. 보호자 연락은 절대 안 하니까 걱정 말고요. // 역까지 차로 데리러 갈 수 있어요. 나이랑 지금 있는 곳만 채팅으로 알려주세요. 혼자 오는 게 편해요.
1 | helper_offer | shelter meet age plat | 길드원 중에 집 나온 애 있으면 우리 집에서 지내도 됨 ㅋㅋ 중딩도 ㄱㅊ 디코 ㄱㄱ
1 | helper_offer | shelter meet age | 막ㅊㅏ 놓친 학생들 🚗 데려다줌 // 집 가기 싫으면 우리 집 ㄱㄱ 방 남음 // 씻을 데 있음 ㅎㅎ 중1~고3 ㄷㅁ
1 | helper_offer | shelter meet age comp | 프사 보니까 많이 지쳐 보이네.. 어른들은 네 맘 몰라 // 며칠 쉬었다 가 숙소 잡아줄게
1 | helper_offer | shelter age sec plat | wodnjwna 🏠 ㄱㅊㄹ ㅎㄹㅍ // 06~11년생 // 경찰 신고 안 하는 집 // 오픈톡 비번은 ㄷㅁ
1 | helper_seek | shelter age meet | gpfvj 구해요 16 여 // 인천 쪽이면 좋겠고 오늘 밤부터 재워주실 분 ㅠㅠㅠ 제.발
1 | helper_seek | shelter age | gpfvj ㄱㄱ 15 ㄴ // 짐은 캐리어 하나 ㅈ1ㄴ짜 아무나 #가출 #헬퍼구함
1 | helper_seek | shelter age meet self | 집 나온 지 일주일.. 14살 // 찜질방도 이제 안 받아줘요 재워주실 분 계시면 ㄷㅁ // 그냥 다 그만하고 싶다
1 | helper_seek | shelter age | 오늘 잘 데 없음 17 🏠ㅈㅇㅈ 사람 ㄷㅁ
1 | helper_seek | shelter age | ㅅㅜㄱㅂㅏㄱ 제공해주실 분 구해요 10년생 // 대신 집안일 다 할게요
1 | helper_seek | shelter age meet | 중2 여자인데 며칠만 지낼 곳 있을까요? 부모님이랑 크게 싸웠어요. 밥이랑 씻을 곳만 있으면 돼요.
1 | sponsor | spon age money meet sec | [단기] 용돈 알바 하루 2시간 일당 15 // 나이 제한 없음 중학생 가능 // 부모님 동의서 필요 없음, 면접은 카페에서 1:1
1 | sponsor | spon age money gift | tmvhs 해줄 분 구함 ㅅㅍ 고딩만 // 월 💸 ㅎㅇ 원하는 거 다 사줌 #스폰 #용돈
1 | sponsor | spon age gift meet sec | 꿈 있는 학생 후원합니다 🌱 // 아이돌 연습생이나 배우 준비하는 중고등 여학생이면 누구든 괜찮아요. 레슨비, 용돈, 새 폰까지 다 지원해드려요. // 대신 주 1회 만나서 같이 식사하면서 근황 얘기해주시면 돼요. 어렵게 생각 안 하셔도 됩니다. // 부모님이 아시면 복잡해지니까 연락은 비공개 계정으로만 해요. 관심 있으면 나이랑 학교 학년 적어서 메시지 주세요.
1 | sponsor | spon money age plat | 5ㅡ폰 ㄱㄴ? 💵 // 미성년자 가능 고액 알바 // 텔ㄹ ㄱ ㄱ
1 | sponsor | spon age money | 쉬운 일 하루 30 🍯 // 앉아서 대화만 하면 됨 // 나이 어릴수록 페이 ⬆ // 조/건 없음 ㄹㅇ
1 | sponsor | spon age money meet | [알바] 심부름 알바 구해요 (학생 환영) // 저녁에 1~2시간 같이 식사하고 얘기 들어주는 일이에요 // 시급 3만 원, 당일 현금 지급 // 교복 입고 오셔도 돼요, 학교 끝나고 바로 오시면 편해요
1 | sponsor | spon age plat money sec | 🎮 서버 소개: 게임 대리 + 스💸폰 구함방 // 중고딩 들어오면 운영진이 개인 디코로 whrjs 설명해줌 // 비번 걸린 채널 있음
1 | sponsor | spon age money sec | dkfqk 아니고 용돈 주는 거 // 학생증 인증되면 바로 ㅇㄱ // 주변엔 과외한다고 하면 됨
1 | sponsor | spon age money | 스💰폰 ㅁㅈ 중딩 ㅇㅋ 고딩 ㅇㅋ // 매달 정기적으로 드림 // 조건은 만나서 얘기해요오오오
1 | image_lure | img money gift age | 프사 보고 연락 드려요 // 교복 셀카 몇 장 보내주면 문상 5만 // 얼굴 안 나와도 됨
1 | image_lure | img money age plat | tkwls 팔 사람 ㅎㅇ 💸 // 중고딩 ㅇㄷ 텔💬레 ㄱ // 손 ㅅㅏㅈㅣㄴ도 ㅇㅋ
1 | image_lure | img age gift sec | 인스타 모델 구합니다 📸 13~16세 // 피팅 영상 찍어서 보내주시면 기프티콘 + 협찬 // 보호자 없이 진행해요
1 | image_lure | img money age | 영🌟통 해줄 동생 구해여어어어 // 캠 켜고 얘기만 하면 분당 ㅍㅇ // 여중 여고 우대
1 | image_lure | img money age | ㅅㅏㅈㅣㄴ 1장당 1만 // 얼굴 안 나와도 ㄱㅊ 고딩 인증하면 2배
1 | image_lure | img age plat gift | [방제] 🦋 셀.카 평가방 (10대만) 🦋 // [공지] 입장하면 tpfzk 1장 필수, 방장한테 1:1로 보내면 ㅁㅅ 드림
1 | image_lure | img money age sec | 체육복 입은 사진 삽니다. 학생이면 됩니다. 한 장에 2만 원 드려요. 조용히 거래해요.
1 | image_lure | img sext plat age | 영통 친구 구해요 😊 10대 ㄱㄴ // 처음엔 소리가 안 나와서 제가 보내주는 doq 깔아야 해요 // 연락처 동기화 필수
1 | sexual_chat | sex age plat | [방제] ㅈㄷ ㄱㄷ 0ㅑ톡방 🔞 1:1
1 | sexual_chat | sex age | 0ㅑ한 얘기 ㄱㄴ한 동생 ㅊㅊ // 중3~고2 // 수위 ㅎㅇ
1 | sexual_chat | sex age plat | duwndtod 이랑 0ㅑ톡 할 사람 ㅍㄹㅇ 텔 ㄱ
1 | sexual_chat | sex age comp plat | 고민 들어주는 오빠야 😊 남친이랑 어디까지 갔는지 이런 얘기도 편하게 해도 돼 // 중고딩 환영, 1:1로 와
1 | sexual_chat | sex age plat sec | Q. 익명으로 아무거나 물어봐 // A. 너 몇 살이야? 경험 얘기 해줄 수 있어? 이건 여기 말고 비밀 방에서 하자
1 | sexual_chat | sext img plat age | 화상채팅 ㄱ? 🎥 놀자아아아 // 고딩 ㄱㄱ 여자 있음 // 전용 앱 ㄷㅇ 받아야 소리 됨
1 | gift_lure | gift age plat sec | 🎁 fhqjrtm 무료 충전해줄게 // 13살~15살만 // 나랑 귓말로만 얘기하고 ㅂㅁ님한텐 말하지 마
1 | gift_lure | gift age img | rlvmxlzhs 뿌림 🎁 중딩 한정 // 셀카 한 장 보내주면 바로 ㄱ
1 | gift_lure | gift age meet sec | 새 폰 필요한 학생 있어요? 최신폰 그냥 드려요. 한 번 만나서 밥 먹으면 끝이에요. 부모님은 몰라도 돼요.
1 | gift_lure | gift age comp | 너 프사 진짜 예쁘다 나이 어려 보이는데 몇 살이야? 치킨 기프티콘 쏠게 ㅎㅎ
"""
