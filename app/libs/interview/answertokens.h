#pragma once

// Internal to KeyPointMatcher: an answer cut into words, each marked with its sentence and
// clause and whether a negator's scope covers it.

#include <QList>
#include <QString>

namespace DockPrep::KeyPointMatching {

struct Token {
    QString folded;  // case folded, diacritics dropped, not stemmed
    QString stem;
    qsizetype start = 0;  // in the analysed text
    qsizetype end = 0;
    int sentence = 0;
    int clause = 0;
    bool negator = false;
    bool negated = false;  // inside a negator's scope (the negator itself is not)
};

// The answer's words, folded and stemmed as KeyPointMatcher::words() has them, with where each is.
QList<Token> tokenize(const QString &text);

// Marks sentences, clauses, negators and the words they negate.
void analyse(const QString &text, QList<Token> &tokens);

} // namespace DockPrep::KeyPointMatching
