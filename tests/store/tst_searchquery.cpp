// How the user's text is read (SearchQuery) and how FTS5's marked snippets become plain text
// with match ranges: no database needed.
#include "support/searchtesting.h"

#include "store/search.h"
#include "store/searchquery.h"

#include <QTest>

using namespace DockPrep;
using namespace SearchTesting;

Q_DECLARE_METATYPE(DockPrep::SearchQuery::Hint)

class TestSearchQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildsSafeMatchQueries_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one word") << QStringLiteral("docker") << QStringLiteral("\"docker\"*");
        QTest::newRow("spaces") << QStringLiteral("  docker \t run\n") << QStringLiteral("\"docker\" \"run\"*");
        QTest::newRow("C++ alone is a whole word") << QStringLiteral("C++") << QStringLiteral("\"C++\"");
        QTest::newRow("one letter alone is a whole word") << QStringLiteral("c") << QStringLiteral("\"c\"");
        QTest::newRow("one letter after a word waits for the next") << QStringLiteral("copies u") << QStringLiteral("\"copies\"*");
        QTest::newRow("two letters after a word are a prefix") << QStringLiteral("copies up") << QStringLiteral("\"copies\" \"up\"*");
        QTest::newRow("two letters are a prefix") << QStringLiteral("co") << QStringLiteral("\"co\"*");
        QTest::newRow("C++ after a word is a whole word") << QStringLiteral("learn C++") << QStringLiteral("\"learn\" \"C++\"");
        QTest::newRow("unclosed quote, C++ then one letter") << QStringLiteral("\"C++ N") << QStringLiteral("\"C++\"");
        QTest::newRow("symbol at the edge is never a prefix") << QStringLiteral(".NET") << QStringLiteral("\".NET\"");
        QTest::newRow("hyphen") << QStringLiteral("docker-compose up") << QStringLiteral("\"docker-compose\" \"up\"*");
        QTest::newRow("hyphen then one letter waits for the next") << QStringLiteral("copy-u") << QStringLiteral("\"copy-\"*");
        QTest::newRow("hyphen then two letters") << QStringLiteral("copy-up") << QStringLiteral("\"copy-up\"*");
        QTest::newRow("ends in a one-letter word") << QStringLiteral("docker-c++") << QStringLiteral("\"docker-c++\"");
        QTest::newRow("column filter") << QStringLiteral("key: value") << QStringLiteral("\"key\" \"value\"*");
        QTest::newRow("brackets and sentence marks") << QStringLiteral("(kernel), cgroups.") << QStringLiteral("\"kernel\" \"cgroups\"*");
        QTest::newRow("operators") << QStringLiteral("OR NOT") << QStringLiteral("\"OR\" \"NOT\"*");
        QTest::newRow("quoted word") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say\" \"hi\"");
        QTest::newRow("quoted phrase is one and never a prefix") << QStringLiteral("\"copies up\" layer")
                                                               << QStringLiteral("\"copies up\" \"layer\"*");
        QTest::newRow("a phrase last is whole") << QStringLiteral("layer \"copies up\"") << QStringLiteral("\"layer\" \"copies up\"");
        QTest::newRow("unclosed quote searches the words") << QStringLiteral("\"kernel feat") << QStringLiteral("\"kernel\" \"feat\"*");
        QTest::newRow("NEAR(") << QStringLiteral("NEAR(a be") << QStringLiteral("\"NEAR(a\" \"be\"*");
        QTest::newRow("control characters split") << QStringLiteral("ab\u0001cd\u0000ef") << QStringLiteral("\"ab\" \"cd\" \"ef\"*");
        QTest::newRow("single letters only") << QStringLiteral("a b c") << QStringLiteral("\"a\"");
        QTest::newRow("punctuation only is dropped") << QStringLiteral("run \" * - ( ^") << QStringLiteral("\"run\"*");
        QTest::newRow("emoji alone is dropped") << QStringLiteral("🐳 whale") << QStringLiteral("\"whale\"*");
        QTest::newRow("non-Latin") << QStringLiteral("контейнер") << QStringLiteral("\"контейнер\"*");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("blank") << QStringLiteral(" \t\n ") << QString();
        QTest::newRow("lone quote") << QStringLiteral("\"") << QString();
        QTest::newRow("lone star") << QStringLiteral("*") << QString();

        QStringList many;
        QStringList expected;
        for (int i = 0; i < Search::maxTokens + 8; ++i) {
            many.append(QStringLiteral("w%1").arg(i));
            if (i < Search::maxTokens)
                expected.append(QStringLiteral("\"w%1\"").arg(i));
        }
        expected.last() += u'*';
        QTest::newRow("token cap") << many.join(u' ') << expected.join(u' ');
    }

    void buildsSafeMatchQueries()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Search::buildMatchQuery(input), expected);
    }

    // FTS5's unicode61 tokenizer drops every character that is not a letter or digit, so the
    // symbols that make "C++" or "docker-compose" what they are come back as literals.
    void readsSymbolsAsLiterals_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("required");
        QTest::addColumn<QStringList>("preferred");
        QTest::newRow("plain words") << QStringLiteral("kernel namespaces") << QStringList() << QStringList();
        QTest::newRow("C++") << QStringLiteral("C++") << QStringList{QStringLiteral("c++")} << QStringList();
        QTest::newRow("C#") << QStringLiteral("learn C#") << QStringList{QStringLiteral("c#")} << QStringList();
        QTest::newRow(".NET") << QStringLiteral(".NET") << QStringList{QStringLiteral(".net")} << QStringList();
        QTest::newRow("flag") << QStringLiteral("run -d") << QStringList{QStringLiteral("-d")} << QStringList();
        QTest::newRow("sentence mark is not a symbol") << QStringLiteral("C++, then") << QStringList{QStringLiteral("c++")}
                                                       << QStringList();
        QTest::newRow("hyphen") << QStringLiteral("Docker-Compose") << QStringList() << QStringList{QStringLiteral("docker-compose")};
        QTest::newRow("hyphen being typed") << QStringLiteral("docker-comp") << QStringList()
                                            << QStringList{QStringLiteral("docker-comp")};
        QTest::newRow("file name") << QStringLiteral("compose.yaml") << QStringList() << QStringList{QStringLiteral("compose.yaml")};
        QTest::newRow("phrase with a hyphen") << QStringLiteral("\"docker-compose up\"") << QStringList()
                                              << QStringList{QStringLiteral("docker-compose up")};
        QTest::newRow("combining mark is a letter") << QStringLiteral("u\u0308berlay") << QStringList() << QStringList();
    }

    void readsSymbolsAsLiterals()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, required);
        QFETCH(QStringList, preferred);
        const SearchQuery query = SearchQuery::parse(input);
        QCOMPARE(query.requiredLiterals, required);
        QCOMPARE(query.preferredLiterals, preferred);
    }

    void hintsAtSyntaxItDidNotFollow_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<SearchQuery::Hint>("hint");
        QTest::newRow("words") << QStringLiteral("kernel") << SearchQuery::Hint::None;
        QTest::newRow("phrase") << QStringLiteral("\"copies up\"") << SearchQuery::Hint::None;
        QTest::newRow("lone quote") << QStringLiteral("\"") << SearchQuery::Hint::UnclosedQuoteNoWords;
        QTest::newRow("unclosed phrase") << QStringLiteral("\"kernel feat") << SearchQuery::Hint::UnclosedQuote;
        QTest::newRow("third quote") << QStringLiteral("\"a b\" \"kernel") << SearchQuery::Hint::UnclosedQuote;
        QTest::newRow("operators") << QStringLiteral("kernel OR cgroup") << SearchQuery::Hint::OperatorsAreWords;
        QTest::newRow("near") << QStringLiteral("NEAR(kernel cgroup)") << SearchQuery::Hint::OperatorsAreWords;
        QTest::newRow("lower-case or is a word") << QStringLiteral("this or that") << SearchQuery::Hint::None;
        QTest::newRow("punctuation") << QStringLiteral("* - ()") << SearchQuery::Hint::NothingToSearch;
        QTest::newRow("emoji") << QStringLiteral("🐳") << SearchQuery::Hint::NothingToSearch;
        QTest::newRow("blank") << QStringLiteral("  ") << SearchQuery::Hint::None;
    }

    void hintsAtSyntaxItDidNotFollow()
    {
        QFETCH(QString, input);
        QFETCH(SearchQuery::Hint, hint);
        QCOMPARE(SearchQuery::parse(input).hint, hint);
        QCOMPARE(SearchQuery::hintText(hint).isEmpty(), hint == SearchQuery::Hint::None);
    }

    void capsInputLength()
    {
        const QString query = Search::buildMatchQuery(QString(10 * 1024, u'a'));
        QCOMPARE(query.size(), Search::maxInputLength + 3);  // the quotes and the star
    }

    // FTS5's snippet() marks matches with \x02…\x03 in text that may hold those characters too.
    void marksMatchesSafely_data()
    {
        QTest::addColumn<QString>("marked");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("bracketed");
        QTest::newRow("plain") << QStringLiteral("a < b") << QStringLiteral("a < b") << QStringLiteral("a < b");
        QTest::newRow("match") << QStringLiteral("a \u0002b\u0003 c") << QStringLiteral("a b c") << QStringLiteral("a [b] c");
        QTest::newRow("two matches") << QStringLiteral("\u0002a\u0003 \u0002b\u0003") << QStringLiteral("a b")
                                     << QStringLiteral("[a] [b]");
        QTest::newRow("stray end") << QStringLiteral("x\u0003y") << QStringLiteral("xy") << QStringLiteral("xy");
        QTest::newRow("unclosed") << QStringLiteral("\u0002x") << QStringLiteral("x") << QStringLiteral("[x]");
        QTest::newRow("double start") << QStringLiteral("\u0002a\u0002b\u0003") << QStringLiteral("ab") << QStringLiteral("[ab]");
        QTest::newRow("empty match") << QStringLiteral("a\u0002\u0003b") << QStringLiteral("ab") << QStringLiteral("ab");
        QTest::newRow("markup is text") << QStringLiteral("\u0002<i>\u0003 &amp;") << QStringLiteral("<i> &amp;")
                                        << QStringLiteral("[<i>] &amp;");
        QTest::newRow("other controls") << QStringLiteral("a\u0001b\nc\u001b[31m") << QStringLiteral("a b c [31m")
                                        << QStringLiteral("a b c [31m");
        QTest::newRow("match at the end") << QStringLiteral("…the \u0002end\u0003") << QStringLiteral("…the end")
                                          << QStringLiteral("…the [end]");
    }

    void marksMatchesSafely()
    {
        QFETCH(QString, marked);
        QFETCH(QString, text);
        QFETCH(QString, bracketed);
        const MarkedText snippet = Search::markedText(marked);
        QCOMPARE(snippet.text, text);
        QCOMPARE(SearchTesting::bracketed(snippet), bracketed);
    }

    void matchRangesCountUtf16()
    {
        // An emoji is two UTF-16 code units, as QString and the painting code count them.
        const MarkedText snippet = Search::markedText(QStringLiteral("🐳 \u0002whale\u0003"));
        QCOMPARE(snippet.matches, (QList<MatchRange>{{3, 5}}));
    }
};

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
