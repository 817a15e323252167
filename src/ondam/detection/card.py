"""MODEL_CARD.md: written from what training and evaluation recorded in the model's meta (figures are never
typed in by hand)."""

from __future__ import annotations

from ondam.detection import features
from ondam.detection.model import LinearModel, Thresholds


def model_card(model: LinearModel) -> str:
    """MODEL_CARD.md, written from what training recorded (figures are never typed in by hand)."""
    meta = model.meta
    ko_s = model.thresholds.get("ko", Thresholds()).warn_positive
    ko_min = model.thresholds.get("ko", Thresholds()).min_messages
    lines = [
        "# Model card: Ondam risk detection (linear, hashed n-grams + warning signs)",
        "",
        f"Trained {meta.get('trained_at', '?')} by `ondam detect train` in {meta.get('seconds', '?')} s; "
        f"{meta.get('nonzero_text_weights', '?'):,} non-zero n-gram weights (2^{features.BITS} hashed features). "
        f"Settings: `--c {meta.get('c', '?')} --ko-negative-weight {meta.get('ko_negative_weight', 1.0)} "
        f"--window {model.window}"
        + (" --author-folds" if meta.get("author_folds") else "")
        + (" --ko-text-model" if model.text_model is not None else "")
        + (f" --stage-one-folds {meta['stage_one_folds']}" if meta.get("stage_one_folds", 0) > 1 else "")
        + "`.",
        "",
        "## What it does",
        "Scores each message of a chat as it arrives, over a window of the last "
        f"{model.window} messages, and single texts such as posts. A conversation is flagged when at least "
        "*s* of the last 10 window scores reach the window threshold; a text is flagged at the text threshold. "
        + _threshold_rule(meta)
        + "Flags are never withdrawn. Each flag names the warning-sign categories and the messages behind them. "
        "It is a triage aid for trained staff, not a decision. Two stages: a per-message risk model (trained on "
        "messages the Korean corpus labels one by one, and on single texts) gives each message a risk; the window "
        "model sees the mean of the message vectors, the categories in the window and earlier in the "
        "conversation, the highest and second-highest message risk in the window and its total risk, Korean ordinary-context cues (family, work, "
        "helpline, warning, school, class chat; in the window and earlier), pairs of warning signs seen "
        "together (e.g. age check + secrecy, flattery + photo request) and how many different signs were seen.",
        *_text_model_note(model),
        "",
        "| language | window threshold | *s* of last 10 | windows count from message (without a strong sign) "
        "| text threshold | watch from |",
        "| --- | --- | --- | --- | --- | --- |",
        *[
            f"| {lang} | {t.window} | {t.warn_positive} | {t.min_messages} | {t.text} | {t.watch} |"
            for lang, t in model.thresholds.items()
        ],
        "",
        "## Training data",
        "| file | records | positives |",
        "| --- | --- | --- |",
    ]
    lines += [f"| {f['file']} | {f['records']} | {f['positives']} |" for f in meta.get("files", [])]
    splits = meta.get("split_counts", {})
    lines += [
        "",
        f"Splits: train {splits.get('train')}, validation {splits.get('val')} (thresholds), test "
        f"{splits.get('test')} (figures below). Records carry their split, or it comes from a hash of the id. "
        f"{meta.get('train_windows', '?')} training windows. The English files from grooming/ are read from "
        "../shared/data at training time and are not part of this repository; the Korean corpus (datasets/ko) "
        "and the English negative chats (datasets/en) are synthetic and written here.",
        "",
        "## Figures on the test split",
        "| group | n | positives | precision | recall | F1 | F0.5 | ROC-AUC | FPR | median msgs to warning | "
        "median msgs after first concern |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, f in sorted(meta.get("test_figures", {}).items()):
        early = f.get("early_detection", {})
        auc = "n/a" if f.get("roc_auc") is None else f"{f['roc_auc']:.3f}"
        lines.append(
            f"| {name} | {f['n']} | {f['positives']} | {f['precision']:.3f} | {f['recall']:.3f} | {f['f1']:.3f} | "
            f"{f['f0.5']:.3f} | {auc} | {f['false_positive_rate']:.3f} | "
            f"{early.get('median_messages_to_warning', '—')} | "
            f"{early.get('median_messages_after_first_concern', '—')} |"
        )
    held_out = meta.get("held_out_figures", {})
    if held_out:
        lines += [
            "",
            "## Held-out and cross-author figures",
            "Each row is a model trained WITHOUT the named files, scored on all of them: the best proxy here for "
            'text written by others. Rows named "cross-author … thresholds from the other authors" are written by '
            "`ondam detect train --author-folds`: the model trained without that author, at Korean thresholds "
            "chosen on the other authors' out-of-author scores, so nothing of the scored author chose anything. "
            "Other rows are recorded by `ondam detect eval --record-in`.",
            "",
            "| evaluation | group | n | positives | precision | recall | F0.5 | ROC-AUC | FPR | "
            "median msgs after first concern |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
        ]
        for label, figures in sorted(held_out.items()):
            for name, f in sorted(figures.items()):
                early = f.get("early_detection", {})
                auc = "n/a" if f.get("roc_auc") is None else f"{f['roc_auc']:.3f}"
                lines.append(
                    f"| {label} | {name} | {f['n']} | {f['positives']} | {f['precision']:.3f} | "
                    f"{f['recall']:.3f} | {f['f0.5']:.3f} | {auc} | {f['false_positive_rate']:.3f} | "
                    f"{early.get('median_messages_after_first_concern', '—')} |"
                )
    lines += [
        "",
        "## Known failure modes",
        "- Topic bias: the English positives are Perverted-Justice chats (adult decoys), the negatives PAN12 IRC-style",
        "  chats"
        + (
            " and ordinary chats of teens written here (`en/conversations_negatives.jsonl`, one writer's North "
            "American style); short offender sessions (one to five messages) are often missed, since their "
            "openings read like the ordinary chats'"
            if any(str(f.get("file", "")).startswith("en/") for f in meta.get("files", []))
            else "; no ordinary English conversation was in the training data, so the openings of harmless chats "
            '("hi", "hey whats up") can raise a warning'
        )
        + "; ordinary English flirting or sexual talk between adults can score high.",
        "- The Korean corpus is synthetic: real chats use slang, typos and context it may not cover. Hand-written",
        "  conversations in a different style are in the test split to show the gap; compare the `generated` and",
        "  `handwritten` rows above. Korean conversations are the weakest group: the model partly learns how the",
        "  generated chats are written rather than what makes them dangerous.",
        "- The model sees text only: it cannot tell a parent giving 용돈 from a stranger offering it except by the",
        "  surrounding words. Speakers are not used: a friend quoting a scammer's words to warn someone, or a",
        "  rules post that lists what not to send, reads like the offence itself unless helpline or warning words",
        "  are near. Korean ordinary-context cues (family words, 시급/동의서/요금제/택배, 1388/쉼터, 사기/조심,",
        "  school, class chat) are features that lower the risk, so a stranger who mentions a helpline or a",
        "  parent's name is scored lower too.",
        "- Cross-author generalisation is the weak point (the cross-author rows above). Scores of chats by a",
        "  writer the model has not seen run lower and wider than on its own validation split, and differently for",
        "  each writer: the same thresholds flag almost none of one author's hard negatives and up to one in six",
        "  of another's. Author d wrote many word-sense negatives (헬퍼 as a server role, 텔레비전, 요금제 조건, club",
        "  rules that warn about photo requests) whose words the n-grams tie to danger; no threshold keeps them",
        "  under 5% without losing most of the grooming chats. Grooming without warning words (author c's dialect",
        "  and typo-heavy small talk; slow, articulate psychological grooming) is found late or not at all.",
        "- Posts by a writer with new obfuscation habits (author h: room titles, 초성 abbreviations, mixed",
        "  look-alikes) are the weakest group: see author h's blind and cross-author rows.",
        '- Short chats: a two-message age check ("몇 살이야?" / "중2") scores like the opening of the corpora\'s',
        "  grooming chats: "
        + (
            f"windows before message {ko_min} do not count unless a strong sign (photo request, money "
            "for a meeting, shelter, sponsor, threats) was seen, so between peers it only reaches 'watch'; a "
            "stranger's chat that opens with three messages of age and school questions still warns."
            if ko_min > 1
            else "with *s* = 1 it raises a warning even between peers"
            + (f"; with this model's Korean *s* = {ko_s} it only reaches 'watch'." if ko_s > 1 else ".")
        ),
        "- Author c's chats open with small-talk blocks shared between its train and test splits, so its",
        "  in-split rows above flatter it; its cross-author rows are the ones to read.",
        "- Korean thresholds rest on about a thousand out-of-author chats from a handful of writers (English: a",
        "  small validation split of one source); an independent set may want other thresholds.",
        "- New obfuscations (e.g. new 초성 slang) are missed until added to the normaliser or the signal patterns.",
        "- ROC-AUC for conversations uses the final window score, which may differ from when the warning fired.",
        "",
    ]
    return "\n".join(lines)


def _text_model_note(model: LinearModel) -> list[str]:
    if model.text_model is None:
        return []
    weights = model.text_model.meta.get("nonzero_text_weights", "?")
    return [
        "",
        "Korean single texts (posts) are scored by a second model of the same shape, trained on the same "
        "windows, whose message vectors are L1-normalised instead of L2-normalised "
        f"({weights:,} non-zero n-gram weights; in `texts/`). With L2 vectors a text's n-gram score grows with "
        "the square root of its length, and in every authored post set the negatives are longer than the "
        "positives: the main model partly learned length, which does not carry to other writers' posts. "
        "Korean chats and English texts keep the main model; the Korean text threshold is chosen on the text "
        "model's scores."
        if isinstance(weights, int)
        else "Korean single texts (posts) are scored by a second model trained on L1-normalised vectors.",
    ]


def _threshold_rule(meta: dict[str, object]) -> str:
    text_rule = (
        "the text threshold by a one-standard-error rule over 200 bootstrap resamples of the texts, so that one "
        "odd text cannot move it"
    )
    folds = meta.get("author_folds")
    if isinstance(folds, list) and folds:
        authors = ", ".join(str(a) for a in folds)
        return (
            "Thresholds are chosen per language. Korean: on out-of-author scores: for each author of the "
            f"authored sets ({authors}) a model is trained without that author and scores the author's "
            "training and validation records; the thresholds that give the best mean F0.5 over the authors with "
            "a pooled false-positive rate of at most 4% (one point under the 5% target, since single authors scatter around the pooled rate) are kept (scores of text by an unseen writer run lower "
            "and wider than the validation split's, and these carry that shift). English: on the validation "
            "split (F0.5, false-positive rate at most 5%). *s* is at most 3 so that short chats can raise a "
            "warning in time; " + text_rule + " (Korean: the authors' posts, scored out of author). "
        )
    return (
        "Thresholds are chosen per language on the validation split (F0.5; false-positive rate at most 2% for "
        "Korean conversations, since text by unseen authors ran two to three times the validation rate, and 5% "
        "for English; *s* at most 3 so that short chats can raise a warning in time; " + text_rule + "). "
    )
