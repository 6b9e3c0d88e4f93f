#pragma once

#include "content/entry.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace DockPrep {

// One place in the answer where a key point's term (or a synonym of it) occurs, and whether it
// counted towards ticking the point.
struct MatchEvidence {
    enum class Kind {
        Counted,      // ticks the point
        Negated,      // inside "not / never / without …": the answer says the opposite
        Generic,      // a word too general to show the point alone ("OOM", "leak", "security")
        KeywordList,  // in a bare list of terms without a sentence around it
    };
    QString term;      // the key point's term, as written in the content
    qsizetype start = 0;   // in the answer, in QChar units
    qsizetype length = 0;
    Kind kind = Kind::Counted;
};

struct KeyPointVerdict {
    bool covered = false;
    QList<MatchEvidence> evidence;  // every occurrence of a term, in answer order, counted or not
    QList<MatchEvidence> counted() const;
};

// Decides which key points a typed answer already covers, so the scoring page can pre-tick them
// (the candidate confirms or corrects each one), and shows the words that decided it.
//
// Both the answer and each match term are normalised the same way: Unicode compatibility
// decomposition with diacritics dropped, case folded, every character that is not a letter or
// digit read as a word break (so "copy-on-write", "Copy on write" and "copy_on_write" agree), then
// each word is lightly stemmed ("layers", "layered" → "layer"; "caching", "caches" → "cach") with
// British -ise spellings read as -ize. A term occurs where its words appear consecutively in the
// answer as whole words, within one sentence; each term also matches through a small table of
// domain synonyms ("k8s" = "kubernetes", "cow" = "copy on write"…).
//
// An occurrence is not taken at face value, because keyword matching alone ticked every point of
// an answer that said "I would not bother with backups or pg_dump":
// - Negation: an occurrence inside the scope of a negator (not, never, no, without, don't, won't,
//   avoid, skip, instead of…; the scope runs to the end of the clause: sentence punctuation, a
//   comma that does not continue a list, "but", "because"…) does not count, unless the key point's
//   own statement puts that term under a negator ("Never delete /var/lib/docker…"), where saying
//   "never" is the point. A clause called "unnecessary", "overkill", "not needed"… is negated whole.
// - Generic terms (isGenericTerm: "oom", "leak", "security", "memory"…) never tick a point alone;
//   they are shown as evidence beside a specific term that did.
// - Sentences that are bare lists of terms (almost no function words: "RPO, RTO, GitOps, WAL")
//   tick a point only when they name the terms of at most one key point in the whole answer, so a
//   terse "copy-on-write" still counts but pasted buzzwords do not sweep.
// - A term written as a flag ("--memory", "-p") only occurs with its dash in the answer.
class KeyPointMatcher
{
public:
    // Bare keyword lists that name the terms of more key points than this tick none of them.
    static constexpr int maxKeywordListPoints = 1;

    static QList<KeyPointVerdict> assess(const QList<KeyPoint> &keyPoints, const QString &answer);
    // The covered flags of assess().
    static QList<bool> match(const QList<KeyPoint> &keyPoints, const QString &answer);

    // True for a term too general to show a key point by itself: a single generic word ("oom",
    // "memory", "docker") or a listed generic phrase ("out of memory", "host memory"). The content
    // check rejects a key point whose terms are all generic.
    static bool isGenericTerm(const QString &term);

    // The normalised, stemmed words of a text; public for tests and for the search of synonyms.
    static QStringList words(const QString &text);
    static QString stem(const QString &word);
    // The term itself followed by its synonyms, each as normalised words.
    static QList<QStringList> alternatives(const QString &term);
};

} // namespace DockPrep
