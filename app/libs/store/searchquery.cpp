#include "store/searchquery.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace DockPrep {

namespace {

// lupdate files Tr::tr() strings under this context (it cannot see through a forwarding tr()).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SearchQuery)
};

enum class Literal { None, Preferred, Required };

struct Token {
    QString text;          // as FTS5 gets it, before quoting
    QString literal;       // as the text must spell it (lower case), when it has symbols
    Literal kind = Literal::None;
    int wordCharacters = 0;
    bool phrase = false;   // typed between two quotes: exact, never a prefix
};

bool separates(char32_t c)
{
    if (QChar::isSpace(c))
        return true;
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_NotAssigned:
        return true;
    default:
        return false;
    }
}

// Letters, digits and the marks that combine with them ("u\u0308"): what FTS5 keeps in a token.
bool isWordCharacter(char32_t c)
{
    if (QChar::isLetterOrNumber(c))
        return true;
    const QChar::Category category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining || category == QChar::Mark_Enclosing;
}

// Brackets around a word and the punctuation ending a sentence say nothing about the word, and
// * and ^ are FTS5 syntax the query does itself: "(kernel)," is "kernel". A leading ".", "-",
// "$" or "/" and a trailing "+" or "#" are kept: they are part of ".NET", "-d", "C++", "C#".
QString withoutEdgePunctuation(const QString &word)
{
    static const QString leading = QStringLiteral("'([{<*^");
    static const QString trailing = QStringLiteral("')]}>.,;:!?*");
    qsizetype start = 0;
    qsizetype end = word.size();
    while (start < end && leading.contains(word.at(start)))
        ++start;
    while (end > start && trailing.contains(word.at(end - 1)))
        --end;
    return word.mid(start, end - start);
}

Literal literalKind(const QString &word)
{
    const QList<uint> codePoints = word.toUcs4();
    if (codePoints.isEmpty())
        return Literal::None;
    if (!isWordCharacter(codePoints.first()) || !isWordCharacter(codePoints.last()))
        return Literal::Required;
    for (const uint c : codePoints) {
        if (!isWordCharacter(c))
            return Literal::Preferred;
    }
    return Literal::None;
}

int wordCharacterCount(const QString &text)
{
    int count = 0;
    const QList<uint> codePoints = text.toUcs4();
    for (const uint c : codePoints)
        count += QChar::isLetterOrNumber(c) ? 1 : 0;
    return count;
}

// Letters and digits in the last run of them in `token` ("copy-up" 2, "C++" 1, "v2" 2): the
// word FTS5 gives the prefix star to.
int trailingWordRun(const QString &token)
{
    const QList<uint> codePoints = token.toUcs4();
    auto it = codePoints.crbegin();
    while (it != codePoints.crend() && !QChar::isLetterOrNumber(*it))
        ++it;
    int run = 0;
    for (; it != codePoints.crend() && QChar::isLetterOrNumber(*it); ++it)
        ++run;
    return run;
}

bool isOperator(const QString &word)
{
    return word == QLatin1String("AND") || word == QLatin1String("OR") || word == QLatin1String("NOT")
        || word.startsWith(QLatin1String("NEAR("));
}

// A word typed outside quotes, or the words of a phrase, as a token; none without a letter or digit.
std::optional<Token> makeToken(const QStringList &words, bool phrase)
{
    Token token;
    token.phrase = phrase;
    QStringList kept;
    for (const QString &word : words) {
        const QString stripped = withoutEdgePunctuation(word);
        if (wordCharacterCount(stripped) == 0)
            continue;
        kept.append(stripped);
        token.kind = std::max(token.kind, literalKind(stripped));
    }
    if (kept.isEmpty())
        return std::nullopt;
    token.text = kept.join(u' ');
    token.wordCharacters = wordCharacterCount(token.text);
    if (token.kind != Literal::None)
        token.literal = SearchQuery::asciiLower(token.text);
    return token;
}

} // namespace

QString SearchQuery::asciiLower(const QString &text)
{
    QString lower = text;
    for (QChar &c : lower) {
        if (c.unicode() >= u'A' && c.unicode() <= u'Z')
            c = QChar(c.unicode() + (u'a' - u'A'));
    }
    return lower;
}

SearchQuery SearchQuery::parse(const QString &userText)
{
    SearchQuery query;
    // Reading at most maxInputLength code points keeps a pasted megabyte from costing anything.
    QList<uint> codePoints = QStringView(userText).left(qsizetype(maxInputLength) * 2).toUcs4();
    if (codePoints.size() > maxInputLength)
        codePoints.resize(maxInputLength);

    // An odd number of quotes leaves the last one open: it is dropped, and what follows it is
    // searched as words, which is what someone still typing the phrase is looking for so far.
    const qsizetype quotes = codePoints.count(uint('"'));
    qsizetype unclosedAt = -1;
    if (quotes % 2 == 1)
        unclosedAt = codePoints.lastIndexOf(uint('"'));

    QList<Token> tokens;
    bool operators = false;
    QStringList words;  // of the phrase being read, or the one word outside quotes
    QString current;
    bool inPhrase = false;
    const auto finishWord = [&] {
        if (!current.isEmpty()) {
            operators = operators || (!inPhrase && isOperator(current));
            words.append(current);
        }
        current.clear();
    };
    const auto finishToken = [&](bool phrase) {
        finishWord();
        if (!words.isEmpty() && tokens.size() < maxTokens) {
            if (auto token = makeToken(words, phrase))
                tokens.append(*token);
        }
        words.clear();
    };
    for (qsizetype i = 0; i < codePoints.size() && tokens.size() < maxTokens; ++i) {
        const char32_t c = codePoints.at(i);
        if (c == u'"') {
            finishToken(inPhrase);
            if (i != unclosedAt)
                inPhrase = !inPhrase;
            continue;
        }
        if (separates(c)) {
            if (inPhrase)
                finishWord();
            else
                finishToken(false);
            continue;
        }
        current.append(QChar::fromUcs4(c));
    }
    finishToken(inPhrase);

    // The word being typed is a prefix from its second letter on. A one-letter prefix has no
    // prefix index to read, so FTS5 merges the postings of every term with that letter: "c*"
    // alone cost 220 ms at 100,000 notes, "cgroup v*" 60 ms, "copy-u*" 50 ms. So a single
    // character just typed after other words, or after a hyphen inside one, is left out until it
    // has a second one (the results stay those of the words before it, a superset of what is
    // coming), and a one-letter last word that is more than that ("c" alone, "C++") is whole.
    while (tokens.size() > 1 && !tokens.last().phrase && tokens.last().text.size() == 1)
        tokens.removeLast();

    if (unclosedAt >= 0)
        query.hint = tokens.isEmpty() ? Hint::UnclosedQuoteNoWords : Hint::UnclosedQuote;
    else if (operators)
        query.hint = Hint::OperatorsAreWords;
    else if (tokens.isEmpty() && !userText.trimmed().isEmpty())
        query.hint = Hint::NothingToSearch;
    if (tokens.isEmpty())
        return query;

    Token &last = tokens.last();
    if (!last.phrase && trailingWordRun(last.text) == 1 && last.text.back().isLetterOrNumber() && last.wordCharacters > 1)
        last.text.chop(1);

    QStringList quoted;
    for (Token &token : tokens) {
        quoted.append(u'"' + token.text.replace(u'"', QStringLiteral("\"\"")) + u'"');
        if (token.kind == Literal::Required)
            query.requiredLiterals.append(token.literal);
        else if (token.kind == Literal::Preferred)
            query.preferredLiterals.append(token.literal);
    }
    // FTS5 splits a quoted token at its punctuation, and the star applies to its last word. A
    // word whose symbols must be in the text is whole: ".NET" is not ".network".
    if (!last.phrase && last.kind != Literal::Required && trailingWordRun(last.text) > 1)
        quoted.last() += u'*';
    query.match = quoted.join(u' ');
    return query;
}

QString SearchQuery::hintText(Hint hint)
{
    switch (hint) {
    case Hint::None:
        return {};
    case Hint::UnclosedQuote:
        return Tr::tr("Unclosed quote: searching for the words.");
    case Hint::UnclosedQuoteNoWords:
        return Tr::tr("Unclosed quote: type the words to search for, or a phrase between two quotes.");
    case Hint::OperatorsAreWords:
        return Tr::tr("AND, OR, NOT and NEAR are searched as words; every word must match.");
    case Hint::NothingToSearch:
        return Tr::tr("Only letters and digits are searched: type a word.");
    }
    return {};
}

} // namespace DockPrep
