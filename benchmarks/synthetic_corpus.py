"""Write a synthetic Arabic news corpus: our own sentence templates over the ontology's actors, cues and issues.

Each article is 300-1,500 words (or exactly --words), with a .meta.json sidecar and realistic noise
(diacritics, tatweel, Persian letters, bidi marks, Arabic-Indic digits, stray Latin, blank lines).
The same --seed gives the same corpus.

    python benchmarks/synthetic_corpus.py /tmp/corpus --docs 1000
"""
from __future__ import annotations

import argparse
import json
import random
from functools import lru_cache
from itertools import accumulate
from pathlib import Path

from kg.ontology import load_lexicon
from kg.vocab import KG

# Stance templates: {a} an actor's Arabic label, {i} an issue's Arabic label. Written for this benchmark.
STANCE_TEMPLATES = (
    "وأعلنت {a} رفضها {i} بشكل قاطع.",
    "وأكدت {a} دعمها الكامل {i} خلال اجتماع عقد أمس.",
    "ورحبت {a} بالخطوات المتعلقة بـ{i}.",
    "وحذرت {a} من تداعيات {i} على استقرار المنطقة.",
    "وتخشى {a} من {i} في المرحلة المقبلة.",
    "ودعت {a} إلى تعزيز {i} دون تأخير.",
    "وانتقدت {a} الطريقة التي يدار بها ملف {i}.",
    "وأبدت {a} تحفظات على {i} في بيان رسمي.",
    "وقال متحدث باسم {a} إن بلاده تعارض {i}.",
    "وتسعى {a} إلى دعم {i} بالتنسيق مع شركائها.",
)
# Sentences without a stance, so that most of an article is background, as in real reports.
FILLER = (
    "وشهدت العاصمة خلال الأيام الماضية حركة دبلوماسية نشطة شملت لقاءات عدة.",
    "ويأتي ذلك في وقت تتواصل فيه الاتصالات بين الأطراف المعنية على أكثر من مستوى.",
    "وأشار التقرير إلى أن الأوضاع الميدانية بقيت هادئة نسبياً طوال الأسبوع.",
    "وكانت جولة سابقة من المحادثات قد انتهت من دون نتائج واضحة بحسب مصادر مطلعة.",
    "ويرى مراقبون أن المرحلة المقبلة ستحمل تطورات مهمة على الصعيدين السياسي والاقتصادي.",
    "وتناولت الصحف المحلية هذه التطورات في افتتاحياتها الصادرة صباح اليوم.",
    "وفي سياق متصل عقدت لجنة مشتركة اجتماعها الدوري لمتابعة الملفات العالقة.",
    "ولم تصدر حتى الآن أي تفاصيل إضافية عن جدول أعمال الزيارة المرتقبة.",
    "وتعاني المنطقة منذ سنوات من أزمات متلاحقة أثرت في حياة السكان اليومية.",
    "وأضاف المصدر أن الاجتماع استمر نحو ثلاث ساعات وتناول قضايا متعددة.",
)
OUTLETS = ("شفق نيوز", "وكالة الأنباء العراقية", "رووداو", "الجزيرة")
_DIACRITICS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"
_BIDI = ("\u200f", "\u200e", "\u061c")
_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_PERSIAN = str.maketrans({"ي": "ی", "ك": "ک"})
_LATIN = ("(AFP)", "Reuters", "UN", "PKK", "www.example.org")


def _noisy(sentence: str, rng: random.Random) -> str:
    """Typical scraping and typing noise; none of it changes what the sentence says."""
    words = sentence.split(" ")
    for i, word in enumerate(words):
        roll = rng.random()
        if roll < 0.04 and len(word) > 2:
            at = rng.randrange(1, len(word))
            words[i] = word[:at] + rng.choice(_DIACRITICS) + word[at:]
        elif roll < 0.05 and len(word) > 3:
            words[i] = word[:2] + "ـ" + word[2:]
        elif roll < 0.06:
            words[i] = word.translate(_PERSIAN)
        elif roll < 0.065:
            words[i] = word + rng.choice(_BIDI)
    if rng.random() < 0.05:
        words.insert(rng.randrange(len(words) + 1), rng.choice(_LATIN))
    return " ".join(words)


def _zipf(rng: random.Random, items: list[str]) -> str:
    """A few actors and issues make most of the news, as in real reports: the k-th is drawn with weight 1/k."""
    return rng.choices(items, cum_weights=_cumulative(len(items)))[0]


@lru_cache(maxsize=None)
def _cumulative(n: int) -> list[float]:
    return list(accumulate(1 / k for k in range(1, n + 1)))


def article(rng: random.Random, words: int, actors: list[str], issues: list[str]) -> str:
    """One article of about `words` words: a dateline, then paragraphs mixing stances and background."""
    day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    date_line = day.translate(_INDIC) if rng.random() < 0.2 else day
    paragraphs, paragraph, count = [], [], 0
    while count < words:
        if rng.random() < 0.3:
            sentence = rng.choice(STANCE_TEMPLATES).format(a=_zipf(rng, actors), i=_zipf(rng, issues))
        else:
            sentence = rng.choice(FILLER)
        sentence = _noisy(sentence, rng)
        paragraph.append(sentence)
        count += len(sentence.split())
        if len(paragraph) >= rng.randint(2, 5):
            paragraphs.append(" ".join(paragraph))
            paragraph = []
    if paragraph:
        paragraphs.append(" ".join(paragraph))
    separator = "\n\n" if rng.random() < 0.7 else "\n"
    return f"date {date_line}\n{rng.choice(OUTLETS)}- بغداد\n\n" + separator.join(paragraphs) + "\n"


def vocabulary(rng: random.Random) -> tuple[list[str], list[str]]:
    """The ontology's actors and issues (Arabic labels), in an order drawn from rng: the first are the frequent."""
    lex = load_lexicon()
    actors = sorted(a.label_ar for a in lex.actors.values()
                    if a.kind in (KG.State, KG.InternationalOrganisation, KG.ArmedGroup, KG.StateCollective))
    issues = sorted(i.label_ar for i in lex.issues.values())
    rng.shuffle(actors)
    rng.shuffle(issues)
    return actors, issues


def write_corpus(out: Path, docs: int, *, seed: int = 1, words: int | None = None) -> list[Path]:
    """Write docs articles (and their metadata) into out; returns the text files written."""
    rng = random.Random(seed)
    actors, issues = vocabulary(rng)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for n in range(docs):
        length = words or rng.randint(300, 1500)
        path = out / f"{n // 1000:03d}" / f"article-{n:06d}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(article(rng, length, actors, issues), encoding="utf-8")
        meta = {"outlet": rng.choice(OUTLETS), "date": f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"}
        path.with_name(path.stem + ".meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to write the corpus into")
    parser.add_argument("--docs", type=int, default=1000, help="number of articles (default 1000)")
    parser.add_argument("--words", type=int, help="words per article (default: random, 300-1,500)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    args = parser.parse_args()
    paths = write_corpus(args.out, args.docs, seed=args.seed, words=args.words)
    print(f"wrote {len(paths)} articles under {args.out}")


if __name__ == "__main__":
    main()
