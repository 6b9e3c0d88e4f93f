#pragma once

#include "content/entry.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace DockPrep {

// Decides which key points a typed answer already covers, so the scoring page can pre-tick them
// (the candidate confirms or corrects each one).
//
// Both the answer and each match term are normalised the same way: Unicode compatibility
// decomposition with diacritics dropped, case folded, every character that is not a letter or
// digit read as a word break (so "copy-on-write", "Copy on write" and "copy_on_write" agree), then
// each word is lightly stemmed ("layers", "layered" → "layer"; "caching", "caches" → "cach") with
// British -ise spellings read as -ize. A term matches when its words appear consecutively in the
// answer as whole words. Each term also matches through a small table of domain synonyms
// ("k8s" = "kubernetes", "cow" = "copy on write", "oom" = "out of memory"…).
class KeyPointMatcher
{
public:
    // The indexes of `keyPoints` whose match terms (or their synonyms) occur in `answer`.
    static QList<bool> match(const QList<KeyPoint> &keyPoints, const QString &answer);
    static bool covers(const KeyPoint &keyPoint, const QStringList &answerWords);

    // The normalised, stemmed words of a text; public for tests and for the search of synonyms.
    static QStringList words(const QString &text);
    static QString stem(const QString &word);
    // The term itself followed by its synonyms, each as normalised words.
    static QList<QStringList> alternatives(const QString &term);
};

} // namespace DockPrep
