#pragma once

// Internal to the Dockerfile parser: its text pieces. An instruction's continuation lines joined
// with where each piece came from, and BuildKit's ways of splitting words (parser.go,
// line_parsers.go). Everything works on offsets so a 1 MB line stays linear.

#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace DockPrep::DockerfileParsing {

inline bool isBlank(QChar c)
{
    return c.isSpace();
}

// One instruction's text with continuation lines joined, and where each piece came from.
class LogicalLine
{
public:
    struct Position {
        int line = 0;
        int column = 0;
    };

    void append(QStringView piece, int line, int column)
    {
        m_segments.append({int(m_text.size()), line, column});
        m_text += piece;
    }
    const QString &text() const { return m_text; }
    Position at(qsizetype offset) const
    {
        // The last segment starting at or before offset.
        auto it = std::upper_bound(m_segments.cbegin(), m_segments.cend(), offset,
                                   [](qsizetype value, const Segment &s) { return value < s.start; });
        if (it == m_segments.cbegin())
            return {m_segments.isEmpty() ? 0 : m_segments.constFirst().line, 1};
        --it;
        return {it->line, it->column + int(offset - it->start)};
    }

private:
    struct Segment {
        qsizetype start;
        int line;
        int column;
    };
    QString m_text;
    QList<Segment> m_segments;
};

struct Word {
    QString text;
    qsizetype offset;  // in the logical line
};

// BuildKit's parseWords: whitespace-separated words, quotes and escapes kept as written, but a
// quoted or escaped space does not split.
QList<Word> splitWords(const QString &text, qsizetype from, QChar escape);

// Removes one level of shell quoting from a word kept as written (ENV/LABEL/ARG values).
QString unquote(const QString &word, QChar escape);

// strings.Fields: whitespace only, no quote handling (how COPY/ADD/FROM/EXPOSE split).
QList<Word> fields(const QString &text, qsizetype from);

QStringList texts(const QList<Word> &words);

enum class JsonResult { NotJson, StringArray, NotStrings };

JsonResult parseJsonArray(QStringView text, QStringList *out);

} // namespace DockPrep::DockerfileParsing
