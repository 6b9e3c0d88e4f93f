#pragma once

// Internal to KeyPointMatcher: the word lists it reads answers with, as written in English.

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace DockPrep::KeyPointMatching {

// Groups of phrases that mean the same thing in an interview answer. Written as a candidate would
// type them; normalised on first use.
const QList<QStringList> &synonymGroups();

// Words that occur in nearly every answer about containers, so they show nothing about a
// particular key point: a term made of one of them never ticks a point alone. Found by reading
// every key point's terms (the term audit of issue 16): "OOM" ticked "A host-wide OOM shows
// CONSTRAINT_NONE" and "leak" ticked "Fix by right-sizing… or leak profiling".
const QStringList &genericWordList();

// Phrases of more than one word that are just as general ("out of memory" is the synonym of "oom").
const QStringList &genericPhraseList();

// Words of grammar rather than content. A sentence with almost none of them is a bare list of
// terms ("RPO, RTO, GitOps, WAL"), not an answer; they are also ignored when judging a term generic.
const QSet<QString> &functionWords();

// Words that negate what follows them up to the end of the clause.
const QSet<QString> &negatorWords();

// Words that close a negation's scope: the clause after them stands on its own.
const QSet<QString> &scopeEnders();

// Subjects that start a new clause after "and" / "or" or a comma.
const QSet<QString> &pronouns();

// A clause with one of these is dismissed as a whole ("RPO targets are overkill").
const QSet<QString> &dismissiveWords();

// …and so is one that says "not needed", "not worth it" after the thing it dismisses.
const QSet<QString> &dismissedAfterNot();

} // namespace DockPrep::KeyPointMatching
