"""Warning signs a counsellor can understand, found by patterns over normalised text.

Each category has Korean and English patterns and a plain-language explanation. Patterns run on the output of
:func:`ondam.detection.normalize.normalize` (lower-case, obfuscation removed), so they are written in plain
forms; 초성 slang that people really type (ㅈㄱ, ㅈㄱㅁㄴ) is listed explicitly. Signals are features for the
model and reasons shown to people; on their own they do not decide anything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from ondam.kit.i18n import N_


class Category(StrEnum):
    AGE_PROBE = "age_probe"
    COMPLIMENT_TRUST = "compliment_trust"
    GIFT = "gift"
    SECRECY_ISOLATION = "secrecy_isolation"
    IMAGE_REQUEST = "image_request"
    PLATFORM_MOVE = "platform_move"
    SEXUAL_TALK = "sexual_talk"
    MEETING = "meeting"
    MONEY_MEETING = "money_meeting"
    SHELTER_RUNAWAY = "shelter_runaway"
    SPONSOR = "sponsor"
    SEXTORTION = "sextortion"
    SELF_HARM = "self_harm"
    IMMINENT = "imminent"  # a time or place for meeting right now; raises urgency together with MEETING


# Explanations in plain words (English source strings, translated through the gettext catalogues).
EXPLANATIONS: dict[Category, str] = {
    Category.AGE_PROBE: N_("Asks your age, school year or birth year."),
    Category.COMPLIMENT_TRUST: N_("Flatters you or says you are special, to win your trust quickly."),
    Category.GIFT: N_("Offers gifts, gift cards, game items or money."),
    Category.SECRECY_ISOLATION: N_("Asks you to keep it secret or checks whether adults are around."),
    Category.IMAGE_REQUEST: N_("Asks for photos or a video call."),
    Category.PLATFORM_MOVE: N_("Wants to move the chat to another app or a private room."),
    Category.SEXUAL_TALK: N_("Steers the talk towards sexual topics."),
    Category.MEETING: N_("Wants to meet in person or asks where you live."),
    Category.MONEY_MEETING: N_("Offers money or pocket money for meeting (조건만남)."),
    Category.SHELTER_RUNAWAY: N_("Offers a place to stay, food or a motel to someone away from home."),
    Category.SPONSOR: N_("Offers sponsorship or a suspiciously well-paid easy job."),
    Category.SEXTORTION: N_("Threatens to spread images or videos, or demands money or more images."),
    Category.SELF_HARM: N_("Talks about wanting to die or to hurt themselves."),
    Category.IMMINENT: N_("Sets a time or place to meet right away."),
}

LABELS: dict[Category, str] = {
    Category.AGE_PROBE: N_("Age checking"),
    Category.COMPLIMENT_TRUST: N_("Flattery and trust building"),
    Category.GIFT: N_("Gifts"),
    Category.SECRECY_ISOLATION: N_("Secrecy and isolation"),
    Category.IMAGE_REQUEST: N_("Photo or video-call requests"),
    Category.PLATFORM_MOVE: N_("Moving to another app"),
    Category.SEXUAL_TALK: N_("Sexual talk"),
    Category.MEETING: N_("Meeting in person"),
    Category.MONEY_MEETING: N_("Money for meeting"),
    Category.SHELTER_RUNAWAY: N_("Shelter offers to runaways"),
    Category.SPONSOR: N_("Sponsor offers"),
    Category.SEXTORTION: N_("Threats and sextortion"),
    Category.SELF_HARM: N_("Self-harm"),
    Category.IMMINENT: N_("Imminent meeting"),
}

# What an ordinary "보낸다" sends (an invitation, a parcel, a gift, a coupon), with or without a particle, where a
# bare "보낸다" is a threat. Not 톡/문자: "단톡 보낸다", "부모님한테 문자 보낸다" are threats.
_SENT_OBJECTS = ("초대", "초대장", "택배", "선물", "쿠폰", "기프티콘", "답장")
_SENT_PARTICLES = ("", " ", "를 ", "을 ", "로 ", "으로 ")
_NOT_AFTER_SENT_OBJECT = "".join(f"(?<!{w}{p})" for w in _SENT_OBJECTS for p in _SENT_PARTICLES)

_KO: dict[Category, list[str]] = {
    Category.AGE_PROBE: [
        r"나이\s?(가|는|를)?\s?(몇|어떻게|알려|물어|알아야|대가)",
        r"몇\s?년\s?생",
        r"(중|고|초)학생",
        r"\d{1,2}\s?대\s?(야|지|\?)",
        r"교복\s?입는\s?나이",
        r"ㄴㅇ\s?(알려|몇)",
        r"몇\s?살",
        r"몇\s?학년",
        r"나이(가|는)?\s?(몇|어떻게|좀)",
        r"\d{2}\s?년생",
        r"(중|고|초)딩",
        r"민짜",
        r"(중|고)\s?[1-3]\s?(이야|이냐|임|이지|맞)",
        r"학생이(야|냐|지|에요|예요)",
        r"미성년",
        r"나이(는|가)?\s?\?",
        r"(몇|무슨|어느)\s?학교",
        r"[초중고]\s?[1-6]\s?(학년|이야|이지|맞|이냐|이었|이랬)",
        r"학생(이|인)?(었어|이세요|이죠|맞|인가)",
        r"\d{1,2}\s?살\s?(이야|맞|이지|이라|\?)",
        r"(나이|학생)\s?인증",
        r"어려\s?보",
        r"나이\s?(차이|상관|는\s?상관)",
    ],
    Category.COMPLIMENT_TRUST: [
        r"넌\s?특별",
        r"특별한\s?(분|사람|애)",
        r"(다른|딴)\s?(애|사람)들(이랑|과)은\s?(달라|다르)",
        r"무조건\s?(님|네|너)\s?편",
        r"(내가|오빠가|언니가)\s?(너|널)?\s?(챙겨|지켜)\s?줄",
        r"(어른스러|성숙하|착해|잘\s?통하)",
        r"나(는|만)\s?(너|널|네)\s?(알아|이해|편)",
        r"(우리\s?)?애기",
        r"뭐든\s?말해도\s?돼",
        r"잘\s?맞는\s?것\s?같",
        r"(너무|진짜|엄청|되게)\s?(예쁘|귀엽|이쁘|성숙)",
        r"성숙해",
        r"너(만|밖에)\s?(특별|이해|없)",
        r"특별한\s?사이",
        r"나(만|밖에)\s?(믿|이해)",
        r"오빠가\s?(다\s?)?(챙겨|지켜|해줄)",
        r"내\s?여친\s?(해|할래)",
        r"성숙",
        r"어른스럽",
        r"(말|대화)(이)?\s?(진짜\s?|제일\s?)?(잘\s?)?통(해|하|한)",
        r"(다른|딴)\s?(애|사람)들(이랑|과|하고)?\s?(달라|다르)",
        r"(나는|난|내가)\s?(다\s?)?이해(해|하)",
        r"(제일|가장)\s?(아끼|예뻐|특별|성실|잘\s?맞)",
        r"(귀엽|귀여워|이뻐|예뻐|잘생|훈훈|매력)",
        r"(나한테|오빠한테|언니한테|형한테|누나한테|쌤한테)만\s?(말|얘기)",
        r"(너무|진짜)\s?(편하|좋)다",
        r"(착하|특별하)(다|네|구나)",
        r"다\s?들어\s?줄게",
        r"(외로|힘들)(었|겠)",
        r"실물(이|은)?\s?(더|미쳤|대박|궁금|보고)",
        r"(비율|분위기|느낌)(이|가)?\s?(너무|진짜|딱)?\s?(좋|찾던)",
        r"(생각이|속이)\s?깊",
        r"너(랑|하고)만\s?(얘기|대화|친해|놀)",
        r"(특별히|너만)\s?(해|줄게|챙겨|뽑)",
    ],
    Category.GIFT: [
        r"(사|보태|맞춰|쏴)\s?(줄게|드릴게|줄까)",
        r"선물",
        r"(아이템|패스|스킨|화장품|폰)\s?(사|바꿔)",
        r"돈\s?많아",
        r"사고\s?싶은\s?거",
        r"상\s?주는",
        r"배달\s?시켜\s?줄",
        r"기프티콘",
        r"문상",
        r"문화상품권",
        r"상품권",
        r"(스킨|아이템|현질|캐시|다이아|로벅스)\s?(사|줄|선물|충전)",
        r"선물\s?(줄|해\s?줄|보내\s?줄)",
        r"용돈\s?(줄|보내\s?줄)",
        r"기프트\s?카드",
        r"(쳐|더)\s?줄게",
        r"\d+\s?(만원|만)\s?(더|줄|드릴|쳐)",
        r"후원(해|할|하)",
        r"(사|쏴|보내)\s?줄게",
        r"용돈",
        r"배달\s?시켜",
        r"(현금|돈)\s?(줄|보내\s?줄|쏴)",
        r"(출연료|촬영비|사례비|사례)",
        r"(템|아이템|스킨|캐시|쿠폰|포카|앨범|티켓|굿즈)\s?(줄|사|쏴|보내|선물|하나)",
        r"특별히\s?(주|줄)",
        r"(넣어|채워|충전해)\s?줄",
        r"(공짜|무료)로",
        r"(다\s?)?사\s?줄게",
    ],
    Category.SECRECY_ISOLATION: [
        r"(말하지\s?마|말하지\s?말고|말\s?하지\s?마)",
        r"비밀",
        r"우리(끼리|만)\s?(알자|만|의)",
        r"(지금|방에)?\s?혼자\s?(계세요|있어|잇어|있니|계셔)",
        r"(부모님|엄마|아빠)(은|는|이|가)?\s?(지금\s?)?(집에\s?)?(계세요|계셔|주무|들어오|잘\s?모르|찾을|자주\s?봐)",
        r"(위치|알림)\s?꺼",
        r"(지우|삭제)(는|해|하)",
        r"나만\s?믿어",
        r"문\s?닫혀",
        r"아무도\s?모르게",
        r"비밀로\s?(해|하자|하기)",
        r"(아무|누구)(한테|에게)(도)?\s?말하지\s?마",
        r"말하면\s?안\s?(돼|된다)",
        r"(부모님|엄마|아빠)\s?(계셔|있어|집에\s?있)",
        r"(대화|톡|채팅)\s?(지워|삭제)",
        r"우리\s?둘만",
        r"혼자\s?(있어|있냐|있니|살아)",
        r"(엄마|아빠|부모님|선생님|쌤|친구들|다른\s?(애들|사람들|길드원들?)?)(한테|에게|한텐|에겐)(는|도)?\s?(말하지|얘기하지|비밀|말\s?하지|말\s?하면)",
        r"(라고|다고|한다고|간다고|논다고|잔다고)\s?(해|하면\s?돼|말해|둘러)",
        r"폰\s?(꺼|끄)",
        r"(몰래|모르게)",
        r"(넌|너는)\s?나만",
        r"(엄마|부모님|아빠)(가|이)?\s?(알면|보면|채팅\s?볼|찾으면)",
        r"우리끼리",
        r"둘(만|이서)",
        r"혼자\s?(와|오|나와|올)",
        r"(기록|흔적|채팅|톡|사진|대화)\s?(지워|삭제|남기지)",
        r"통제",
        r"(연락\s?끊)",
        r"(알면|알아도)\s?(안\s?돼|곤란)",
        r"(나한테|오빠한테|언니한테|형한테|누나한테)만",
    ],
    Category.IMAGE_REQUEST: [
        r"사진\s?(한\s?장|하나)",
        r"(찍은|입은)\s?사진",
        r"사진\s?(있어|보고\s?싶)",
        r"(얼굴|몸)\s?(가리고|보여)",
        r"영상으로\s?보",
        r"필터\s?없는",
        r"사진\s?(\S{1,3}\s)?(보내|보여|찍어|줘|좀)",
        r"셀카\s?(\S{1,3}\s)?(보내|보여|찍어|줘)",
        r"얼굴\s?(보여|사진)",
        r"교복\s?(사진|입고)",
        r"영통|영상\s?통화|캠\s?(켜|할)",
        r"몸\s?사진",
        r"전신\s?사진",
        r"(찍어서|찍어)\s?보내",
        r"(셀카|사진|영상|인증샷|전신)\s?(하나|한\s?장|몇\s?장|\d\s?장)",
        r"\d\s?장\s?(보내|찍)",
        r"(찍어|보내)\s?(봐|줘|줄래|주면|주세요|줘요)",
        r"캠\s?(켜|켜봐|키)",
        r"(화면|카메라)\s?(켜|보여|키)",
        r"전신",
        r"(얼굴|몸)\s?(궁금|보고\s?싶|좀\s?보)",
        r"(보정|필터)\s?(없는|없이)",
        r"(입은|입고)\s?(거|사진|찍)",
        r"(몸|라인|속옷)\s?(보이|사진|라인)",
        r"잠깐만\s?(켜|보여)",
        r"(벗고|벗어)",
        r"(셀카|사진)\s?(보내|올려)",
    ],
    Category.PLATFORM_MOVE: [
        r"(디코|디스코드|라인|텔레|카톡|인스타|귓말|귓속말)(으로|로)?\s?(옮|가자|와|해|얘기|하자|있어)",
        r"(옮겨서|옮기자|넘어가자)",
        r"보이스로",
        r"다\s?보이니까",
        r"텔레(?!비|파|마케|토비|포트)(그램)?|텔그",
        r"라인\s?(아이디|해|하자|있어)",
        r"디엠|dm\s?(줘|해|보내)",
        r"개인\s?톡",
        r"갠톡",
        r"(카톡|카카오톡)\s?(아이디|알려|추가)",
        r"오픈\s?채팅\s?(방|옮|으로)",
        r"(다른|딴)\s?(앱|방)(으로|에서)",
        r"아이디\s?(알려|줘)",
        r"(카톡|라인|텔레|디코|인스타|스냅|번호|폰\s?번호|아이디)\s?(줘|줄래|알려|있어|있니|교환|주라)",
        r"(1:1|일대일|개인)\s?(방|톡|채팅|대화)",
        r"(여기|이\s?앱|게임|이\s?방|앱)\s?(말고|에서\s?말고)",
        r"(메신저|앱|어플)\s?(깔|설치|받아)",
        r"(거기|그쪽|딴\s?데)(로|서)\s?(얘기|옮|보내|와)",
        r"(번호|연락처)\s?(줘|알려|교환)",
        r"따로\s?(연락|얘기|톡)",
    ],
    Category.SEXUAL_TALK: [
        r"수위\s?(있는|높은)",
        r"그런\s?거\s?관심",
        r"(해\s?봤|해봤)대",
        r"궁금한\s?거\s?있잖아",
        r"너만\s?안\s?해\s?본",
        r"야한\s?(얘기|이야기|거|사진)",
        r"(?<!알바\s)(?<!알바)경험\s?(있어|해\s?봤)",
        r"어디까지\s?(해\s?봤|가\s?봤)",
        r"스킨십",
        r"(몸매|가슴|속옷)",
        r"섹[스시]|섹알|키알",
        r"19금",
        r"변태",
        r"어른들(이|끼리)?\s?하는",
        r"(남자|여자)(랑|하고)\s?(잔|자\s?봤|해\s?봤)",
        r"(과감한|과감하게|야시)",
        r"(편하게|가볍게|얇게|짧게)\s?입",
        r"(잠옷|입던\s?(거|옷))\s?(입고|보여|찍|사진|팔|주면|보내)",
        r"치마\s?(길이|짧)",
        r"(오빠|언니|형|누나|내가|나는)\s?경험\s?(많|있)",
        r"(첫|처음)\s?(경험|키스)",
        r"(윗옷|상의)\s?(벗|없이)",
        r"(키스|뽀뽀|잠자리)",
    ],
    Category.MEETING: [
        r"(보는\s?거다|뵐까요|(얼굴|직접|한\s?번|따로|둘이)\s?(볼까|봐\s?$|보자))",
        r"(데리러|태워)\s?(감|갈게|보낼게|줄게)",
        r"(이따|오늘|주말|토요일|일요일|내일)\s?(에|밤|낮|저녁)?\s?(시간|\d{1,2}\s?시)",
        r"(도착하면|와\s?내가|나와\s?밥|밥\s?한\s?번\s?먹자|밥부터)",
        r"(주소|어디야|어디세요)\s?(불러|바로|\?)?",
        r"(내가|제가)\s?(갈게|갈께|쏠게)",
        r"(까지|에서)\s?와",
        r"만나(자|볼래|실래|서|면|기로|는\s?거)",
        r"만남",
        r"(어디|어느\s?동네)\s?(살아|사니|살|사세요)",
        r"데리러\s?(갈게|가)",
        r"(집|동네)\s?(앞|근처)(으로|로|에서)",
        r"나올\s?(수|래)",
        r"픽업",
        r"오프(라인)?\s?(하자|할래|만남)",
        r"놀러\s?(올래|와|오|가자|갈래)",
        r"(내\s?차|차로|태워)",
        r"(사무실|작업실|스튜디오|집|자취방|숙소|호텔|모텔)(으로|에|에서)?\s?(와|올래|놀러|가자)",
        r"(직접|실제로|진짜로)\s?(보|만나)",
        r"(데리러|마중)",
        r"(동\s?호수|어느\s?동네|어디\s?학교)",
        r"(끝나고|마치고)\s?(봐|보자|와|만나)",
    ],
    Category.MONEY_MEETING: [
        r"\d+\s?(만원?)?\s?(줄게|드릴게|ㄱㄱ|어때)",
        r"용돈\s?(드릴|줄|보태|필요)",
        r"만나(면|서)\s?.{0,8}(줄게|드릴게)",
        r"(텔|모텔)\s?잡아",
        r"조건\s?(만남|해|하실|가능|구함|알바)?",
        r"ㅈㄱ",
        r"ㅈㄱㅁㄴ",
        r"(?<!카카오)(?<!네이버)(?<!삼성)(?<!애플)(?<!롤링)(?<!토스)페이(?!지|스|퍼|백)",
        r"고페이",
        r"시간당",
        r"(숏|긴밤)",
        r"용돈\s?(벌|받|알바|줄게|만남)",
        r"(\d+)\s?(만원|만)\s?(줄게|드림|드려|가능|ㄱㄴ)",
        r"(밥|식사|노래방|놀아\s?주|만나)\S{0,4}\s?(면|하면|가면)\s?\d{1,3}(\s|$|만|ㄱ)",
        r"(한|두)\s?시간\s?\S{0,6}\s?\d{1,3}(\s|$|만)",
        r"^\s?\d{1,3}\s?(ㅇㅋ|콜|ㄱ|가능|어때)",
        r"(그\s?이상|나머지)(은|는)?\s?협의",
        r"돈\s?(줄게|줄테니)",
        r"ㄱㄴ",
        r"성매매",
        r"(같이|옆에)\s?(있어\s?주|놀아\s?주|밥\s?먹어\s?주)",
        r"(만날\s?때마다|한\s?번에|회당)",
        r"현금으로",
        r"ㅅㅍ",
        r"(오빠들|아저씨들)",
        r"\d+\s?(만원|만)\s?(줄|드릴|쳐|보내\s?줄)",
    ],
    Category.SHELTER_RUNAWAY: [
        r"재워\s?드릴",
        r"(우리\s?)?집(으로|에)\s?(와|와서|오면)",
        r"집\s?나온",
        r"택시\s?(불러|태워)",
        r"(잘\s?데|쉴\s?데|있을\s?데)",
        r"헬퍼(?!\s?(역할|채널|권한|봇|신청))|헬프",
        r"ㄱㅊㅍ",
        r"방\s?(하나\s?)?(비어|남아|있고)",
        r"아무도\s?(못|모르게)\s?(찾|와)",
        r"짐\s?(은|만)?\s?(싸|챙겨|가볍게)",
        r"가출\s?(팸|했|한|중|하|할)",
        r"재워\s?(줄|줌|드림)",
        r"(잘\s?곳|지낼\s?곳|머물\s?곳)",
        r"(모텔|텔|숙소|방)\s?(잡아|구해|결제|제공)",
        r"밥\s?(사\s?줄|사\s?줌|먹여)",
        r"집\s?(나왔|나가고|싫으면)",
        r"가출",
        r"(재워|자고\s?가|자도\s?돼|자면\s?돼)",
        r"(우리\s?집|내\s?집|내\s?방|자취방|원룸)(에서|으로|에)?\s?(와|자|있|지내)",
        r"(터미널|역|공원)\s?(앞|에서|정문).{0,12}(데리러|픽업)",
        r"(픽업|데리러).{0,12}(터미널|역)",
        r"차에서\s?자",
        r"(지낼|머물|갈)\s?(데|곳)",
        r"(집에?\s?들어가기|집\s?가기)\s?싫",
        r"(먹고\s?싶은\s?거|필요한\s?거)\s?(다\s?)?(사\s?줄|사\s?줌)",
    ],
    Category.SPONSOR: [
        r"(모델|고수익|고액)\s?알바",
        r"(기회|면접).{0,10}사진",
        r"사진만\s?찍으면",
        r"스폰",
        r"고액\s?알바",
        r"쉬운\s?알바",
        r"(꿀|편한)\s?알바",
        r"당일\s?지급",
        r"(일당|하루)\s?\d+\s?만",
        r"후원해\s?줄",
        r"용돈\s?알바",
        r"(도우미|알바|일자리).{0,10}(고수익|일당|당일|현금|돈\s?잘)",
        r"(일당|계약금|생활비)",
        r"(생활비|학비)\s?(지원|대\s?줄|줄게)",
        r"(노래방|룸)\s?(도우미|알바)",
        r"술\s?따라",
        r"(키우는|관리하는)\s?(친구|애)들",
        r"(촬영|모델|피팅)\s?(알바|일)",
        r"(캐스팅|데뷔|연습생)",
        r"(자퇴|학교\s?그만)",
        r"말동무",
        r"(밥|식사)\s?(한\s?번\s?)?(먹어\s?주|같이\s?먹어\s?주)",
        r"(매달|한\s?달에)\s?(\d+|용돈|정기)",
        r"정기적으로\s?(용돈|드|줄)",
        r"수익\s?(반반|나눠|배분)",
        r"구독\s?계",
    ],
    Category.SEXTORTION: [
        # "보낸다" as a threat, not "초대 보낸다" / "택배 보낸다" (an invitation, a parcel)
        r"(" + _NOT_AFTER_SENT_OBJECT + r"보낸다|보내면\s?끝|(다|전부|싹\s?다)\s?보낼게)",
        r"(가족|친구|반|단톡)(들)?(한테|에게|방)",
        r"(링크|프로그램|앱)\s?(보낼게|받아|설치|깔)",
        r"(설치|깔면|받아봐)",
        r"(송금|입금|보내면\s?지워|만원만\s?보내)",
        r"(캡처|녹화)\s?(했|해\s?(놨|뒀|둠|둔|놓)|한\s?거|된\s?거|본|떠\s?놨|다\s?했)",
        r"(얼굴|영상)\s?다\s?나왔",
        r"무시하면",
        r"끝\^\^",
        r"(지워\s?줄게|끝내\s?줄게)",
        r"(뿌린|뿌릴|유포|퍼뜨)",
        r"(지인|친구|가족)(들)?(한테|에게)\s?(보낸|보낼|뿌)",
        r"(소리|음성)가?\s?안\s?(들려|나와)",
        r"(앱|어플|apk)\s?(깔아|설치|받아)",
        r"연락처\s?(다\s?)?(있|털|받았)",
        r"(영상|사진)\s?(가지고|갖고)\s?있",
        r"돈\s?(안\s?보내면|보내라|입금)",
        r"협박",
        r"몸캠",
        r"(합성|딥페이크)",
        r"(목록|연락처).{0,8}(받았|있|털)",
        r"(안\s?뿌림|뿌린다|뿌릴|돌린다|돌릴|퍼뜨)",
        r"(학교|반)\s?(애들|단톡)(한테|에|방에)\s?(다\s?)?(돌|보낼|뿌|올)",
        r"(보낸|찍은)\s?(사진|영상)\s?(아직|나한테|가지고|있)",
        r"\d+\s?(만원|만)\s?(만\s?)?보내면",
        r"(까지|안에)\s?(보내|입금|송금)",
        r"(목소리|소리)(가)?\s?(하나도|잘)?\s?안\s?(들려|나와)",
        r"(신고하면|차단하면|무시하면)",
        r"(사진|영상)(이나|이라도)?\s?보내(라|\s?안\s?보내면)",
    ],
    Category.SELF_HARM: [
        r"죽고\s?시",
        r"사라질래",
        r"(포기|그만)\s?(하고\s?싶|할래)",
        r"살\s?이유가\s?없",
        r"못\s?버티",
        r"끝내고\s?싶",
        r"(나|내가)\s?(죽을|주글)\s?(거|것)",
        r"사는\s?게\s?너무",
        r"죽고\s?싶",
        r"죽어\s?버리",
        r"자살",
        r"사라지고\s?싶",
        r"살기\s?싫",
        r"자해",
        r"뛰어내리",
        r"(죽으려|죽을까|죽어야|죽는\s?게\s?나)",
        r"(없어지고|사라지면|없었으면)",
        r"(약\s?다\s?먹|옥상\s?(갈|가|에서))",
        r"(안\s?좋은|나쁜)\s?생각",
        r"살고\s?싶지\s?않",
    ],
    Category.IMMINENT: [
        r"(이따|오늘\s?밤|지금\s?당장|지금\s?바로)",
        r"\d{1,2}\s?시(에|까지)?\s?(에서|까지|앞|로)?",
        r"(오늘|지금|이따|내일)\s?(밤|저녁|바로)?\s?(만나|나와|볼래|갈게|데리러)",
        r"몇\s?시(에)?\s?(나와|만나|볼)",
        r"\d{1,2}\s?시(에|까지)",
        r"(역|출구|편의점|모텔|pc방|피시방)\s?(앞|에서|으로)",
        r"(지금|당장)\s?(어디|나와|갈게|데리러)",
        r"(정문|후문|뒷문|출구|터미널|놀이터)\s?(앞|에서|으로)",
    ],
}

_EN: dict[Category, list[str]] = {
    Category.AGE_PROBE: [
        r"\bhow old (are|r) (you|u)\b",
        r"\b(asl|a/s/l)\b",
        r"\bwhat grade\b",
        r"\b(1[0-7]|[1-9]) ?(yo|y/o)\b",
        r"\bare (you|u) (in )?(middle|high) ?school\b",
        r"\bur age\b",
        r"\byour age\b",
        r"\b(what|which) school (do|does) (you|u) go to\b",
        r"\bwhere (do )?(you|u) go to school\b",
    ],
    Category.COMPLIMENT_TRUST: [
        r"\b(so|very|really) (cute|pretty|sexy|hot|beautiful|mature)\b",
        r"\bmature for (your|ur) age\b",
        r"\byou'?re special\b",
        r"\bonly one who (gets|understands)\b",
        r"\bi (love|luv) (you|u)\b",
    ],
    Category.GIFT: [
        r"\bgift ?card\b",
        r"\b(robux|v-?bucks|skins?)\b",
        r"\bbuy (you|u) (a|an|some)?\b",
        r"\bi'?ll (buy|get) (you|u)\b",
        r"\bsend (you|u) (money|cash)\b",
    ],
    Category.SECRECY_ISOLATION: [
        r"\b(our|a) (little )?secret\b",
        r"\bdon'?t tell (anyone|ur|your|any1)\b",
        r"\bdelete (the|this|our|these|your|ur) (chats?|messages?|msgs|texts?|convo|conversation)\b",
        r"\b(keep|keeping|this stays|it stays) (this |it |that )?(just )?between "
        r"(us|you and me|u and me|me and you|me and u)\b",
        r"\bkeep (this|it|that|us) (a )?secret\b",
        r"\b(nobody|no one|no1) (has|needs) to know (about )?(this|us|it)\b",
        r"\b(do|does) (your|ur) (parents|mom|dad|mum) (ever )?(check|look at|look through|read|go through|see) "
        r"(your|ur) (phone|messages|msgs|texts|chats?)\b",
        r"\b(are|r) (your|ur) (parents|mom|dad|mum) (home|around|there)\b",
        r"\b(are|r) (you|u) (home )?alone\b",
        r"\bwhen do (your|ur) (parents|mom|dad) (leave|get home)\b",
    ],
    Category.IMAGE_REQUEST: [
        r"\bsend (me )?(a )?(pic|pics|picture|photo|selfie)s?\b",
        r"\b(pic|pics|picture|photo)s? of (you|u)\b",
        r"\b(cam|webcam|video ?call|facetime)\b",
        r"\bturn (on )?(your|ur) cam\b",
        r"\bshow me\b",
    ],
    Category.PLATFORM_MOVE: [
        r"\b(snap(chat)?|kik|telegram|whatsapp|discord|skype)\b",
        r"\b(text|call) me\b",
        r"\b(your|ur) (number|cell)\b",
        r"\bprivate chat\b",
        r"\bmessage me (on|at)\b",
    ],
    Category.SEXUAL_TALK: [
        r"\b(sex|sexy|horny|naked|nude|boobs?|virgin|kiss(ed|ing)?|touch(ed|ing)?|bra|panties|underwear)\b",
        r"\bever (done|been with|had)\b",
        r"\bmake ?out\b",
        r"\bturn(s|ed)? (you|u|me) on\b",
    ],
    Category.MEETING: [
        r"\bmeet (up|me|you|u)?\b",
        r"\bwhere (do )?(you|u) live\b",
        r"\bpick (you|u) up\b",
        r"\bcome over\b",
        r"\bhang ?out\b",
        r"\b(your|ur) address\b",
    ],
    Category.MONEY_MEETING: [r"\bpay (you|u)\b", r"\b\$\d+\b", r"\bmoney for\b"],
    Category.SHELTER_RUNAWAY: [
        r"\bran away\b",
        r"\brun away\b",
        r"\b(stay|sleep) (at|with) me\b",
        r"\bplace to stay\b",
    ],
    Category.SPONSOR: [r"\bsugar ?daddy\b", r"\bsponsor\b", r"\beasy money\b"],
    Category.SEXTORTION: [
        r"\bi'?ll (send|post|share|leak) (it|them|the (pics|video))\b",
        r"\beveryone will see\b",
        r"\bor else\b",
        r"\bpay (me|up)\b",
        r"\bi have (your|ur) (pics|video)\b",
    ],
    Category.SELF_HARM: [
        r"\bkill (my ?self|myself)\b",
        r"\bsuicid",
        r"\bwant to die\b",
        r"\bcut(ting)? myself\b",
    ],
    Category.IMMINENT: [
        r"\b(tonight|right now|today)\b.*\b(meet|come|pick)\b",
        r"\bat \d{1,2} ?(pm|am|o'?clock)\b",
    ],
}


@dataclass(frozen=True)
class Hit:
    category: Category
    pattern: str
    span: tuple[int, int]


def _compile(table: dict[Category, list[str]]) -> list[tuple[Category, re.Pattern[str]]]:
    return [(cat, re.compile("|".join(f"(?:{p})" for p in pats))) for cat, pats in table.items()]


_PATTERNS = _compile(_KO) + _compile(_EN)
CATEGORIES: tuple[Category, ...] = tuple(Category)
CATEGORY_INDEX = {c: i for i, c in enumerate(CATEGORIES)}


def find(normalized: str) -> list[Hit]:
    """All category hits in a normalised message (at most one per category and language table)."""
    hits = []
    for category, pattern in _PATTERNS:
        match = pattern.search(normalized)
        if match:
            hits.append(Hit(category, match.group(0), match.span()))
    return hits


def categories(normalized: str) -> frozenset[Category]:
    return frozenset(h.category for h in find(normalized))


class Context(StrEnum):
    """Cues of an ordinary context that shares words with the warning signs (a parent's 용돈, a job's
    조건, a friend pointing to 1388). They are model features only, never shown as reasons: the model
    learns how much each one lowers (or raises) the risk of the warning signs around it. Korean only: in the
    English training chats the offenders talk about school and parents as much as anyone, so shared English
    cues lowered the English positives (measured: PAN12 text ROC-AUC 0.99 -> 0.96)."""

    FAMILY = "family"
    WORK = "work"
    HELP = "help"
    WARNING = "warning"
    SCHOOL = "school"
    PEER = "peer"


_CONTEXT_KO: dict[Context, list[str]] = {
    Context.FAMILY: [
        r"(할머니|할아버지|손녀|손자|손주|조카|삼촌|이모|고모|외삼촌|큰아빠|작은아빠|큰엄마|사촌|시골)",
        r"우리\s?(딸|아들|막내)",
        r"(^|\s)(아들|딸|손녀|손자|막내)(아|야)?(\s|$)",
        r"(엄마|아빠)(가|는)\s?(데리러|사\s?줄|해\s?줄|보낼|퇴근|출장|회사)",
        r"(밥\s?먹었|숙제\s?했|일찍\s?(와|들어와)|늦지\s?마)",
        r"(가족|식구|명절|제사|생신)",
    ],
    Context.WORK: [
        r"(시급|최저\s?시급|근로\s?계약|계약서|동의서|면접|근무|출근|퇴근|주휴|4대\s?보험|알바생|사장님|매니저님|이력서)",
        # trade and paperwork: a phone plan's 조건, a parcel, a second-hand sale, a club's fee
        r"(요금제|약정|위약금|택배|배송|중고\s?거래|당근|회비|공문|신청서|보호자\s?(서명|동의))",
    ],
    Context.HELP: [
        r"(1388|112|117|1366|쉼터|상담\s?(센터|선생님|복지|전화)|신고|경찰|청소년\s?(센터|상담)|지원\s?센터|위기|보호)",
    ],
    Context.WARNING: [
        r"(조심|사기|절대\s?(보내|만나|가|주|깔)|뉴스|기사|피해자|범죄|수법|예방|차단해|무시해|수상)",
    ],
    Context.SCHOOL: [
        r"(담임|교장|교감|학원|반장|수행\s?평가|동아리|졸업\s?앨범|학생증|수학\s?여행|체육복|가정\s?통신문|시험|숙제|과제)",
    ],
    Context.PEER: [
        r"(우리\s?반|반\s?애들|단톡|조별|같은\s?반|동갑|친구들(이랑|하고|도))",
    ],
}

CONTEXTS: tuple[Context, ...] = tuple(Context)
_CONTEXT_PATTERNS = [(ctx, re.compile("|".join(f"(?:{p})" for p in _CONTEXT_KO[ctx]))) for ctx in CONTEXTS]

# Pairs of warning signs that together mean more than each alone (slow grooming: age check + secrecy +
# moving platforms; flattery then photos; gifts then a meeting).
COMBOS: tuple[tuple[Category, Category], ...] = (
    (Category.AGE_PROBE, Category.SECRECY_ISOLATION),
    (Category.AGE_PROBE, Category.PLATFORM_MOVE),
    (Category.AGE_PROBE, Category.IMAGE_REQUEST),
    (Category.AGE_PROBE, Category.MEETING),
    (Category.AGE_PROBE, Category.COMPLIMENT_TRUST),
    (Category.COMPLIMENT_TRUST, Category.IMAGE_REQUEST),
    (Category.COMPLIMENT_TRUST, Category.SECRECY_ISOLATION),
    (Category.SECRECY_ISOLATION, Category.PLATFORM_MOVE),
    (Category.SECRECY_ISOLATION, Category.MEETING),
    (Category.SECRECY_ISOLATION, Category.IMAGE_REQUEST),
    (Category.GIFT, Category.IMAGE_REQUEST),
    (Category.GIFT, Category.MEETING),
    (Category.GIFT, Category.SECRECY_ISOLATION),
    (Category.PLATFORM_MOVE, Category.IMAGE_REQUEST),
)


def contexts(normalized: str) -> frozenset[Context]:
    """Ordinary-context cues in a normalised message (features only, see :class:`Context`)."""
    return frozenset(ctx for ctx, pattern in _CONTEXT_PATTERNS if pattern.search(normalized))


def combos(seen: set[Category] | frozenset[Category]) -> list[int]:
    """Indexes into :data:`COMBOS` of the pairs that have both been seen."""
    return [i for i, (a, b) in enumerate(COMBOS) if a in seen and b in seen]
