// The Ctrl+K popup over SearchWorker: what it shows while and after the worker searches, and
// how the delegate marks the matches.
#include "support/testdata.h"

#include "ui/searchpopup.h"
#include "ui/searchresultdelegate.h"
#include "store/database.h"
#include "store/notestore.h"
#include "store/search.h"
#include "store/searchresultsmodel.h"
#include "store/searchworker.h"

#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace DockPrep;

namespace {

QStringList shownIds(const SearchResultsModel *model)
{
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->index(row, 0).data(SearchResultsModel::IdRole).toString());
    return ids;
}

bool searching(const SearchPopup *popup)
{
    return popup->findChild<SearchWorker *>(QStringLiteral("searchWorker"))->isBusy();
}

QString status(const SearchPopup *popup)
{
    return popup->findChild<QLabel *>()->text();
}

} // namespace

class TestSearchPopup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<NoteStore> m_notes;
    std::unique_ptr<Search> m_search;
    std::unique_ptr<QWidget> m_window;
    SearchPopup *m_popup = nullptr;

    // One search result drawn by the delegate, as the popup's list draws it.
    static QImage paintedResult(const QString &snippet, const QList<MatchRange> &matches)
    {
        SearchResultsModel model;
        model.setResults({SearchResult{SearchResult::Kind::Entry, QStringLiteral("id"), QStringLiteral("Title"),
                                       MarkedText{snippet, matches}, {}, 0, false}});
        QListView view;
        view.resize(400, 100);
        SearchResultDelegate delegate;
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.rect = QRect(QPoint(0, 0), delegate.sizeHint(option, model.index(0, 0)));
        option.rect.setWidth(400);
        QImage image(option.rect.size(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        delegate.paint(&painter, option, model.index(0, 0));
        return image;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("popup.sqlite"))).ok());
        m_notes = std::make_unique<NoteStore>(*m_db);
        m_search = std::make_unique<Search>(*m_db);
        QVERIFY(m_search->indexCurriculum(TestData::fixtureCurriculum()).ok);
        m_window = std::make_unique<QWidget>();
        m_window->resize(800, 600);
        m_popup = new SearchPopup(m_search.get(), m_window.get());
        m_window->show();
        m_popup->popUp();
        QVERIFY(QTest::qWaitForWindowExposed(m_popup));
    }

    void cleanup()
    {
        m_window.reset();
        m_search.reset();
        m_notes.reset();
        m_db.reset();
    }

    // Each keystroke supersedes the search before it: the list never shows an older query's results.
    void typingQuicklyShowsOnlyTheLastQuery()
    {
        QList<QStringList> shown;
        connect(m_popup->resultsModel(), &QAbstractItemModel::modelReset, this,
                [this, &shown] { shown.append(shownIds(m_popup->resultsModel())); });
        for (const QString &text : {QStringLiteral("build"), QStringLiteral("container"), QStringLiteral("kernel")})
            m_popup->field()->setText(text);
        QVERIFY(searching(m_popup));
        QTRY_VERIFY(!searching(m_popup));
        QCOMPARE(shown, QList<QStringList>{QStringList{QStringLiteral("third-kernel")}});
        QVERIFY2(status(m_popup).startsWith(QLatin1String("1 result")), qPrintable(status(m_popup)));  // no plural catalogue here
    }

    // Enter typed before the results came opens the best result of what was typed, not the
    // highlighted one of the list still showing.
    void enterBeforeTheResultsOpensTheNewestBest()
    {
        m_popup->field()->setText(QStringLiteral("build"));
        QTRY_VERIFY(!searching(m_popup));
        QCOMPARE(shownIds(m_popup->resultsModel()).value(0), QStringLiteral("first-image"));
        QSignalSpy chosen(m_popup, &SearchPopup::entryChosen);
        m_popup->field()->setText(QStringLiteral("kernel"));
        QTest::keyClick(m_popup->field(), Qt::Key_Return);
        QCOMPARE(chosen.size(), 0);
        QTRY_COMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().at(0).toString(), QStringLiteral("third-kernel"));
        QVERIFY(!m_popup->isVisible());
    }

    void hostileTextGetsAHint()
    {
        m_popup->field()->setText(QStringLiteral("\" AND NEAR( C++ key: value"));
        QTRY_VERIFY(!searching(m_popup));
        QVERIFY2(!status(m_popup).startsWith(QLatin1String("Search failed")), qPrintable(status(m_popup)));
        m_popup->field()->setText(QStringLiteral("\""));
        QTRY_VERIFY(!searching(m_popup));
        QCOMPARE(m_popup->resultsModel()->rowCount(), 0);
        QVERIFY2(status(m_popup).startsWith(QLatin1String("Unclosed quote: type the words")), qPrintable(status(m_popup)));
    }

    void unreadableDatabaseSaysWhy()
    {
        Database closed;
        Search search(closed);
        SearchPopup popup(&search, m_window.get());
        popup.field()->setText(QStringLiteral("kernel"));
        QTRY_VERIFY(!searching(&popup));
        QCOMPARE(status(&popup), QStringLiteral("Search failed: Could not read the database: the database is not open"));
    }

    void noteSnippetsKeepTheirTextAndMarks()
    {
        Note note{{}, {}, QStringLiteral("My zebra mnemonic for <restart> policies"), {}, {}};
        QVERIFY(m_notes->saveNote(note));
        m_popup->field()->setText(QStringLiteral("zebra"));
        QTRY_VERIFY(!searching(m_popup));
        const QModelIndex first = m_popup->resultsModel()->index(0, 0);
        const QString snippet = first.data(SearchResultsModel::SnippetRole).toString();
        QCOMPARE(snippet, QStringLiteral("My zebra mnemonic for <restart> policies"));
        const auto matches = first.data(SearchResultsModel::MatchesRole).value<QList<MatchRange>>();
        QCOMPARE(matches.size(), 1);
        QCOMPARE(snippet.mid(matches.first().offset, matches.first().length), QStringLiteral("zebra"));
    }

    // The delegate draws the matched words differently (bold), and where the ranges say.
    void delegateMarksTheRanges()
    {
        const QString text = QStringLiteral("alpha beta gamma");
        const QImage plain = paintedResult(text, {});
        const QImage beta = paintedResult(text, {{6, 4}});
        const QImage alpha = paintedResult(text, {{0, 5}});
        QVERIFY(plain != beta);
        QVERIFY(plain != alpha);
        QVERIFY(alpha != beta);
        QCOMPARE(paintedResult(text, {{6, 4}}), beta);  // the same ranges, the same picture
    }
};

QTEST_MAIN(TestSearchPopup)
#include "tst_searchpopup.moc"
