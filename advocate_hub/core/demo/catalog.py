"""The demo program's fixed content: people's names, challenges and rewards.

Names come from several languages because real programs span many countries; emails are plain ASCII.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from advocate_hub.core.domain.enums import Incentive
from advocate_hub.core.domain.kinds import ChallengeKind
from advocate_hub.core.domain.tiers import Tier

PROGRAM_NAME = "Northwind Champions"
GROUPS = {
    "emea": "Europe, Middle East & Africa",
    "americas": "Americas",
    "apac": "Asia Pacific",
    "partners": "Partners",
}

# (display name, email local part, company, language, group)
PEOPLE: tuple[tuple[str, str, str, str, str], ...] = (
    ("Budi Santoso", "budi.santoso", "Nusantara Logistik", "id", "apac"),
    ("Siti Rahmawati", "siti.rahmawati", "Bank Cendana", "id", "apac"),
    ("Dewi Lestari", "dewi.lestari", "Toko Kita", "id", "apac"),
    ("Agus Wijaya", "agus.wijaya", "Sinar Data", "id", "apac"),
    ("Ahmad Faizal", "ahmad.faizal", "Kedai Awan Sdn Bhd", "ms", "apac"),
    ("Nurul Huda", "nurul.huda", "Petaling Tech", "ms", "apac"),
    ("Aisyah binti Ismail", "aisyah.ismail", "Selangor Health", "ms", "apac"),
    ("Lim Wei Jie", "lim.weijie", "Penang Robotics", "ms", "apac"),
    ("佐藤 花子", "hanako.sato", "Sakura Retail", "ja", "apac"),
    ("田中 健", "ken.tanaka", "Tanaka Seisakusho", "ja", "apac"),
    ("鈴木 美咲", "misaki.suzuki", "Kumo Cloud KK", "ja", "apac"),
    ("高橋 翔", "sho.takahashi", "Hikari Mobile", "ja", "apac"),
    ("王芳", "fang.wang", "Hangzhou Finance", "zh", "apac"),
    ("李伟", "wei.li", "Shenzhen Devices", "zh", "apac"),
    ("陈静", "jing.chen", "Chengdu Games", "zh", "apac"),
    ("张磊", "lei.zhang", "Beijing Analytics", "zh", "apac"),
    ("Ingrid Johansson", "ingrid.johansson", "Nordlys AB", "en", "emea"),
    ("Łukasz Nowak", "lukasz.nowak", "Wisła Software", "en", "emea"),
    ("Chloé Dubois", "chloe.dubois", "Maison Lumière", "en", "emea"),
    ("Jürgen Weiß", "juergen.weiss", "Alpen Maschinenbau", "en", "emea"),
    ("Fatima Al-Sayed", "fatima.alsayed", "Gulf Energy Partners", "en", "emea"),
    ("Oluwaseun Adeyemi", "seun.adeyemi", "Lagos Payments", "en", "emea"),
    ("Giulia Romano", "giulia.romano", "Romano Design", "en", "emea"),
    ("Sven de Vries", "sven.devries", "Polder Data", "en", "emea"),
    ("Amara Okafor", "amara.okafor", "Okafor Health", "en", "emea"),
    ("Nikos Papadopoulos", "nikos.papadopoulos", "Aegean Shipping", "en", "emea"),
    ("José García", "jose.garcia", "Iberia Foods", "en", "americas"),
    ("Camila Souza", "camila.souza", "Rio Fintech", "en", "americas"),
    ("Mateo Fernández", "mateo.fernandez", "Andes Mining", "en", "americas"),
    ("Emily Carter", "emily.carter", "Carter & Co", "en", "americas"),
    ("Marcus Johnson", "marcus.johnson", "Lakeshore Bank", "en", "americas"),
    ("Priya Sharma", "priya.sharma", "Cascade Health", "en", "americas"),
    ("Daniel Kim", "daniel.kim", "Pacific Games", "en", "americas"),
    ("Sofia Hernández", "sofia.hernandez", "Sol Retail", "en", "americas"),
    ("Liam O'Brien", "liam.obrien", "Harbor Insurance", "en", "americas"),
    ("Hannah Lee", "hannah.lee", "Maple Learning", "en", "americas"),
    ("Noah Tremblay", "noah.tremblay", "Laurentian Air", "en", "americas"),
    ("Ava Martinez", "ava.martinez", "Desert Solar", "en", "americas"),
    ("김민준", "minjun.kim", "Hangang Systems", "en", "apac"),
    ("Nguyễn Thị Lan", "lan.nguyen", "Saigon Commerce", "en", "apac"),
    ("Rahul Verma", "rahul.verma", "Deccan Cloud", "en", "apac"),
    ("Olivia Brown", "olivia.brown", "Harbourside Legal", "en", "apac"),
    ("Kenji Watanabe", "kenji.watanabe", "Partner Works KK", "ja", "partners"),
    ("Mei Ling Tan", "meiling.tan", "Lion City Partners", "en", "partners"),
    ("Rizky Pratama", "rizky.pratama", "Integrasi Mitra", "id", "partners"),
    ("Elena Petrova", "elena.petrova", "Baltic Integrators", "en", "partners"),
    ("Tom Becker", "tom.becker", "Becker Consulting", "en", "partners"),
    ("Zanele Dlamini", "zanele.dlamini", "Cape Systems", "en", "partners"),
)

STAFF: tuple[tuple[str, str, str], ...] = (
    ("Maya Chen", "maya.chen", "moderator"),
    ("Tomás Rivera", "tomas.rivera", "moderator"),
    ("Priscilla Ong", "priscilla.ong", "staff"),
    ("Booth kiosk", "kiosk", "kiosk"),
)
EMAIL_DOMAIN = "example.com"


@dataclass(frozen=True, slots=True)
class ChallengeSpec:
    key: str
    title: str
    kind: ChallengeKind
    points: int
    description: str
    max_per_advocate: int = 1
    starts_days_ago: int = 120
    expires_in_days: int | None = None
    config: dict[str, Any] = field(default_factory=dict)


CHALLENGES: tuple[ChallengeSpec, ...] = (
    ChallengeSpec(
        "g2",
        "Review us on G2",
        ChallengeKind.REVIEW,
        250,
        "Share your honest experience on G2. Say that you are part of our advocate program.",
    ),
    ChallengeSpec(
        "capterra",
        "Review us on Capterra",
        ChallengeKind.REVIEW,
        250,
        "Tell other teams what works for you, and what does not, on Capterra.",
        expires_in_days=9,
    ),
    ChallengeSpec(
        "share-launch",
        "Share the spring launch post",
        ChallengeKind.SOCIAL_SHARE,
        50,
        "Share or comment on our launch post on LinkedIn.",
        max_per_advocate=10,
    ),
    ChallengeSpec(
        "nps",
        "Quarterly pulse survey",
        ChallengeKind.SURVEY,
        50,
        "Three quick questions; takes two minutes.",
        max_per_advocate=4,
        config={
            "questions": [
                {"prompt": "How likely are you to recommend us to a colleague?", "type": "nps"},
                {
                    "prompt": "Which feature do you use most?",
                    "type": "choice",
                    "choices": ["Dashboards", "Automations", "Integrations", "Reports"],
                },
                {"prompt": "What should we build next?", "type": "text"},
            ]
        },
    ),
    ChallengeSpec(
        "trivia",
        "Product trivia",
        ChallengeKind.QUIZ,
        25,
        "How well do you know the product? Three questions.",
        max_per_advocate=3,
        config={
            "questions": [
                {
                    "prompt": "Which plan includes audit logs?",
                    "choices": ["Starter", "Team", "Enterprise"],
                    "answer": 2,
                },
                {
                    "prompt": "How many integrations ship today?",
                    "choices": ["12", "40+", "100+"],
                    "answer": 1,
                },
                {
                    "prompt": "Where do automations run?",
                    "choices": ["In the browser", "On our servers"],
                    "answer": 1,
                },
            ]
        },
    ),
    ChallengeSpec(
        "watch-keynote",
        "Watch the keynote recap",
        ChallengeKind.CONTENT,
        10,
        "Ten minutes on what is new this quarter.",
    ),
    ChallengeSpec(
        "booth",
        "Check in at our booth",
        ChallengeKind.EVENT_CHECKIN,
        100,
        "Find us at the conference and enter the code from the booth screen.",
        max_per_advocate=3,
        config={"code": "BOOTH26", "event": "Northwind Summit"},
    ),
    ChallengeSpec(
        "testimonial",
        "Write a short testimonial",
        ChallengeKind.TESTIMONIAL,
        150,
        "Two or three sentences we may quote on our website, in your own words.",
    ),
    ChallengeSpec(
        "reference",
        "Take a reference call",
        ChallengeKind.REFERENCE_CALL,
        500,
        "Talk with a prospect for 20 minutes about how you use the product.",
        max_per_advocate=5,
    ),
    ChallengeSpec(
        "refer",
        "Refer a colleague",
        ChallengeKind.REFERRAL,
        400,
        "Know someone who would benefit? Introduce them, with their consent.",
        max_per_advocate=10,
    ),
    ChallengeSpec(
        "video",
        "Record a video testimonial",
        ChallengeKind.VIDEO_TESTIMONIAL,
        600,
        "A one-minute video on your phone is perfect.",
    ),
    ChallengeSpec(
        "beta",
        "Join the reporting beta",
        ChallengeKind.PRODUCT_FEEDBACK,
        200,
        "Try the new reports for two weeks and tell us what you think.",
        max_per_advocate=2,
    ),
    ChallengeSpec(
        "answer",
        "Answer a question in the community",
        ChallengeKind.COMMUNITY_ANSWER,
        150,
        "Help a peer in the forum and paste the link to your answer.",
        max_per_advocate=10,
    ),
    ChallengeSpec(
        "case-study",
        "Be our next case study",
        ChallengeKind.CASE_STUDY,
        1500,
        "Work with our writers on a case study about your results.",
    ),
    ChallengeSpec(
        "webinar",
        "Speak at a customer webinar",
        ChallengeKind.SPEAKING,
        2000,
        "Share your story for 15 minutes at our monthly webinar.",
        max_per_advocate=2,
    ),
    ChallengeSpec(
        "advisory",
        "Join the customer advisory board",
        ChallengeKind.ADVISORY_BOARD,
        2500,
        "Four sessions a year with our product leaders.",
    ),
    ChallengeSpec(
        "summer-trivia",
        "Summer trivia (coming soon)",
        ChallengeKind.QUIZ,
        30,
        "A new quiz opens next week.",
        starts_days_ago=-7,
        config={
            "questions": [
                {
                    "prompt": "Which city hosts the next summit?",
                    "choices": ["Jakarta", "Osaka", "Kuala Lumpur"],
                    "answer": 0,
                }
            ]
        },
    ),
    ChallengeSpec(
        "winter-share",
        "Share the winter webinar",
        ChallengeKind.SOCIAL_SHARE,
        40,
        "This one has closed.",
        starts_days_ago=100,
        expires_in_days=-60,
    ),
)


@dataclass(frozen=True, slots=True)
class RewardSpec:
    name: str
    incentive: Incentive
    cost: int
    description: str
    stock: int | None = None
    min_tier: Tier = Tier.COMMUNITY


REWARDS: tuple[RewardSpec, ...] = (
    RewardSpec("Spotlight in the newsletter", Incentive.STATUS, 300, "Your story, featured to 40,000 readers."),
    RewardSpec(
        "Speaking slot at Northwind Summit",
        Incentive.STATUS,
        4000,
        "A 20-minute session on stage.",
        stock=4,
        min_tier=Tier.GOLD,
    ),
    RewardSpec(
        "Early access to new features",
        Incentive.ACCESS,
        500,
        "Try what is next before anyone else.",
        min_tier=Tier.SILVER,
    ),
    RewardSpec(
        "Dinner with our executives",
        Incentive.ACCESS,
        6000,
        "An evening with the leadership team.",
        stock=6,
        min_tier=Tier.PLATINUM,
    ),
    RewardSpec(
        "Roadmap session",
        Incentive.POWER,
        1500,
        "An hour with a product manager on what we build next.",
        min_tier=Tier.SILVER,
    ),
    RewardSpec("Guest post on our blog", Incentive.POWER, 800, "Publish your expertise on our blog."),
    RewardSpec("Advocate sticker pack", Incentive.STUFF, 100, "Five stickers for your laptop.", stock=200),
    RewardSpec("Northwind hoodie", Incentive.STUFF, 800, "Soft, warm, and very orange.", stock=25),
    RewardSpec("Gift card (25 USD)", Incentive.STUFF, 1500, "Use sparingly: we'd rather give you a voice.", stock=0),
)
