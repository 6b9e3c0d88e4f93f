#include "challenges/challengeloader.h"
#include "challenges/challengespage.h"
#include "challenges/challengestore.h"
#include "challenges/explaindockerfilepage.h"
#include "challenges/highlightededitor.h"
#include "challenges/layerstackview.h"
#include "store/database.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace DockPrep;

namespace {

const char *const multiStage =
    "# syntax=docker/dockerfile:1\n"
    "FROM golang:1.23 AS build\n"
    "WORKDIR /src\n"
    "COPY go.mod go.sum ./\n"
    "RUN go mod download\n"
    "COPY . .\n"
    "RUN CGO_ENABLED=0 go build -o /out/app ./cmd/app\n"
    "\n"
    "FROM alpine:3.20 AS tools\n"
    "RUN apk add --no-cache ca-certificates\n"
    "\n"
    "FROM gcr.io/distroless/static-debian12:nonroot\n"
    "COPY --from=tools /etc/ssl/certs /etc/ssl/certs\n"
    "COPY --from=build /out/app /app\n"
    "ENTRYPOINT [\"/app\"]\n";

// A multi-stage file with a heredoc and a secret in ENV: `dockprep analyze` reports DP006 (an
// error) on line 11 for it.
const char *const heredocWithSecret =
    "# syntax=docker/dockerfile:1\n"
    "FROM python:3.12-slim AS build\n"
    "WORKDIR /src\n"
    "RUN <<EOT\n"
    "set -e\n"
    "pip wheel --wheel-dir /wheels requests\n"
    "EOT\n"
    "\n"
    "FROM python:3.12-slim\n"
    "COPY --from=build /wheels /wheels\n"
    "ENV API_TOKEN=abc123\n"
    "RUN pip install --no-cache-dir /wheels/*\n"
    "USER 10001\n"
    "CMD [\"python\", \"-m\", \"app\"]\n";

// Types text the way a user does, Return for each line break (QTest::keyClicks has no key for '\n').
void typeLines(QWidget *widget, const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QTest::keyClicks(widget, lines.at(i));
        if (i + 1 < lines.size())
            QTest::keyClick(widget, Qt::Key_Return);
    }
}

// Screenshots for people to look at, only when asked for: DOCKPREP_SCREENSHOT_DIR=/some/dir.
void screenshot(QWidget *widget, const char *name)
{
    const QString dir = qEnvironmentVariable("DOCKPREP_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(widget->grab().save(dir + QLatin1Char('/') + QLatin1String(name)));
}

} // namespace

class TestChallengesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void checkListsFailuresAndJumpsToTheLine();
    void hintsComeOneAtATime();
    void solutionOnlyAfterConfirming();
    void attemptIsSavedAndRestored();
    void passingMarksTheChallengeDone();
    void explainDrawsStagesAndShowsAClickedLayer();
    void explainColoursTheCacheCascade();
    void explainShowsTheFindingsAndJumpsToTheirLines();
    void explainLabelsAHeredocLayerOnce();
    void explainSaysNothingOnAnEmptyEditor();
    void explainHasRoomAndALegend();

private:
    ChallengesPage *makePage();
    QListWidget *results(ChallengesPage *page) { return page->findChild<QListWidget *>(QStringLiteral("results")); }
    HighlightedEditor *editor(ChallengesPage *page) { return page->findChild<HighlightedEditor *>(QStringLiteral("editor")); }
    QPushButton *button(ChallengesPage *page, const char *name) { return page->findChild<QPushButton *>(QLatin1String(name)); }

    QList<Challenge> m_challenges;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ChallengeStore> m_store;
    std::unique_ptr<ChallengesPage> m_page;
};

void TestChallengesPage::initTestCase()
{
    const ChallengeLoadResult loaded = loadChallenges(builtInChallengeFolder());
    QVERIFY(loaded.ok());
    m_challenges = loaded.challenges;
}

void TestChallengesPage::init()
{
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("ui.sqlite"))).ok());
    m_store = std::make_unique<ChallengeStore>(*m_db);
}

void TestChallengesPage::cleanup()
{
    m_page.reset();
    m_store.reset();
    m_db.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("ui.sqlite")));
}

ChallengesPage *TestChallengesPage::makePage()
{
    m_page = std::make_unique<ChallengesPage>(m_challenges, m_store.get());
    m_page->resize(1100, 800);
    m_page->show();
    if (!QTest::qWaitForWindowExposed(m_page.get()))
        return nullptr;
    return m_page.get();
}

void TestChallengesPage::checkListsFailuresAndJumpsToTheLine()
{
    ChallengesPage *page = makePage();
    QVERIFY(page);
    page->openChallenge(QStringLiteral("dockerfile-pid1-signals"));
    HighlightedEditor *edit = editor(page);
    // Type a fix for the init only: select all, type a file whose ENTRYPOINT is still shell form.
    edit->setFocus();
    edit->selectAll();
    typeLines(edit, QStringLiteral("FROM python:3.12-slim\nUSER 10001\nSTOPSIGNAL SIGINT\nENTRYPOINT python worker.py\n"));
    QTest::mouseClick(button(page, "check"), Qt::LeftButton);

    QListWidget *list = results(page);
    QCOMPARE(list->count(), 4);  // parses + 3 checks
    QListWidgetItem *execForm = nullptr;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().contains(QLatin1String("exec (JSON) form")))
            execForm = list->item(i);
    }
    QVERIFY(execForm);
    QVERIFY(execForm->text().startsWith(QStringLiteral("✗")));
    QVERIFY2(execForm->text().contains(QLatin1String("line 4")), qPrintable(execForm->text()));
    QVERIFY(list->item(0)->text().startsWith(QStringLiteral("✓")));  // it parses
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("summary"))->text().contains(QLatin1String("2 of 4")));

    edit->goToLine(1);
    QCOMPARE(edit->cursorLine(), 1);
    list->scrollToItem(execForm);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(execForm).center());
    QCOMPARE(edit->cursorLine(), 4);
    QVERIFY(edit->hasFocus());
    screenshot(page, "challenge-failed-checks.png");
}

void TestChallengesPage::hintsComeOneAtATime()
{
    ChallengesPage *page = makePage();
    QVERIFY(page);
    page->openChallenge(QStringLiteral("compose-read-only-rootfs"));
    auto *hints = page->findChild<QTextBrowser *>(QStringLiteral("hints"));
    QPushButton *hint = button(page, "hint");
    QVERIFY(hints->isHidden());
    QTest::mouseClick(hint, Qt::LeftButton);
    QVERIFY(hints->isVisible());
    QVERIFY(hints->toPlainText().contains(QLatin1String("Hint 1.")));
    QVERIFY(!hints->toPlainText().contains(QLatin1String("Hint 2.")));
    QTest::mouseClick(hint, Qt::LeftButton);
    QVERIFY(hints->toPlainText().contains(QLatin1String("Hint 2.")));
    QCOMPARE(m_store->attempt(QStringLiteral("compose-read-only-rootfs"))->hintsShown, 2);
    QTest::mouseClick(hint, Qt::LeftButton);
    QTest::mouseClick(hint, Qt::LeftButton);
    QVERIFY(!hint->isEnabled());  // four hints, all shown
}

void TestChallengesPage::solutionOnlyAfterConfirming()
{
    ChallengesPage *page = makePage();
    QVERIFY(page);
    bool answer = false;
    int asked = 0;
    page->setSolutionConfirmation([&] { ++asked; return answer; });
    auto *solution = page->findChild<HighlightedEditor *>(QStringLiteral("solution"));
    QTest::mouseClick(button(page, "showSolution"), Qt::LeftButton);
    QCOMPARE(asked, 1);
    QVERIFY(solution->isHidden());
    answer = true;
    QTest::mouseClick(button(page, "showSolution"), Qt::LeftButton);
    QVERIFY(solution->isVisible());
    QCOMPARE(solution->toPlainText(), m_challenges.constFirst().solution);
}

void TestChallengesPage::attemptIsSavedAndRestored()
{
    {
        ChallengesPage *page = makePage();
        QVERIFY(page);
        page->openChallenge(QStringLiteral("dockerfile-non-root"));
        HighlightedEditor *edit = editor(page);
        edit->moveCursor(QTextCursor::End);
        typeLines(edit, QStringLiteral("USER 10001\n"));
        // The debounce has not fired yet; switching challenges saves at once.
        page->openChallenge(QStringLiteral("compose-multi-container"));
        QVERIFY(m_store->attempt(QStringLiteral("dockerfile-non-root"))->body.endsWith(QLatin1String("USER 10001\n")));
        m_page.reset();
    }
    ChallengesPage *page = makePage();
    QVERIFY(page);
    page->openChallenge(QStringLiteral("dockerfile-non-root"));
    QVERIFY(editor(page)->toPlainText().endsWith(QLatin1String("USER 10001\n")));
    QTest::mouseClick(button(page, "startOver"), Qt::LeftButton);
    QVERIFY(!editor(page)->toPlainText().contains(QLatin1String("USER 10001")));
    QVERIFY(!m_store->attempt(QStringLiteral("dockerfile-non-root")));
}

void TestChallengesPage::passingMarksTheChallengeDone()
{
    ChallengesPage *page = makePage();
    QVERIFY(page);
    QSignalSpy passed(page, &ChallengesPage::challengePassed);
    const Challenge &challenge = m_challenges.constFirst();
    page->openChallenge(challenge.id);
    editor(page)->setPlainText(challenge.solution);
    QTest::mouseClick(button(page, "check"), Qt::LeftButton);
    QCOMPARE(passed.size(), 1);
    QVERIFY(m_store->attempt(challenge.id)->passed);
    auto *list = page->findChild<QListWidget *>(QStringLiteral("challengeList"));
    QVERIFY(list->item(0)->text().startsWith(QStringLiteral("✓")));
    QVERIFY(!list->item(1)->text().startsWith(QStringLiteral("✓")));
}

void TestChallengesPage::explainDrawsStagesAndShowsAClickedLayer()
{
    ExplainDockerfilePage page;
    page.resize(1300, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *edit = page.findChild<HighlightedEditor *>(QStringLiteral("dockerfileEditor"));
    edit->setPlainText(QString::fromUtf8(multiStage));  // a paste
    page.analyze();

    LayerStackView *stack = page.layerStack();
    QCOMPARE(stack->stages().size(), 3);
    QCOMPARE(stack->stages().at(0).title, QStringLiteral("build"));
    QCOMPARE(stack->stages().at(0).boxes.size(), 5);  // FROM + COPY, RUN, COPY, RUN
    QVERIFY(!stack->stages().at(0).inImage);
    QVERIFY(stack->stages().at(2).inImage);

    // The RUN go build is instruction 6 (after the syntax directive, which is not an instruction).
    int buildStep = -1;
    for (const LayerBox &box : stack->stages().at(0).boxes) {
        if (box.text.startsWith(QLatin1String("RUN CGO_ENABLED")))
            buildStep = box.instruction;
    }
    QVERIFY(buildStep >= 0);
    const QRectF rect = stack->boxRect(buildStep);
    QVERIFY(!rect.isEmpty());
    QSignalSpy clicked(stack, &LayerStackView::layerClicked);
    QTest::mouseClick(stack, Qt::LeftButton, {}, rect.center().toPoint());
    QCOMPARE(clicked.size(), 1);
    const QString details = page.findChild<QLabel *>(QStringLiteral("layerDetails"))->text();
    QVERIFY2(details.contains(QLatin1String("line 7")) && details.contains(QLatin1String("RUN CGO_ENABLED=0 go build")),
             qPrintable(details));
    QCOMPARE(edit->cursorLine(), 7);
}

void TestChallengesPage::explainColoursTheCacheCascade()
{
    ExplainDockerfilePage page;
    page.resize(1300, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setDockerfile(QString::fromUtf8(multiStage));
    auto *changed = page.findChild<QLineEdit *>(QStringLiteral("changedFiles"));
    changed->setFocus();
    QTest::keyClicks(changed, QStringLiteral("cmd/app/main.go"));
    page.analyze();

    const QList<StageColumn> &stages = page.layerStack()->stages();
    QStringList statuses;
    for (const LayerBox &box : stages.at(0).boxes)
        statuses.append(cacheStatusName(box.status));
    // go.mod did not change: the download stays cached; COPY . . and the build rerun.
    QCOMPARE(statuses, (QStringList{QStringLiteral("hit"), QStringLiteral("hit"), QStringLiteral("hit"),
                                    QStringLiteral("miss"), QStringLiteral("miss")}));
    QCOMPARE(cacheStatusName(stages.at(1).boxes.at(1).status), QStringLiteral("hit"));  // tools untouched
    QCOMPARE(cacheStatusName(stages.at(2).boxes.constLast().status), QStringLiteral("miss"));  // COPY --from=build
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("status"))->text().contains(QLatin1String("lose their cache")));
    page.layerStack()->setSelectedInstruction(stages.at(0).boxes.at(3).instruction);
    screenshot(&page, "explain-layer-stack.png");
}

void TestChallengesPage::explainShowsTheFindingsAndJumpsToTheirLines()
{
    ExplainDockerfilePage page;
    page.resize(1600, 1000);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *edit = page.findChild<HighlightedEditor *>(QStringLiteral("dockerfileEditor"));
    edit->setFocus();
    typeLines(edit, QString::fromUtf8(heredocWithSecret).chopped(1));
    page.analyze();

    auto *findings = page.findChild<QListWidget *>(QStringLiteral("findings"));
    QVERIFY(findings);
    QListWidgetItem *secret = nullptr;
    for (int i = 0; i < findings->count(); ++i) {
        if (findings->item(i)->text().contains(QLatin1String("DP006")))
            secret = findings->item(i);
    }
    QVERIFY2(secret, "the ENV secret is not among the findings");
    QVERIFY(secret->text().contains(QLatin1String("Line 11")));
    QVERIFY(secret->text().contains(QLatin1String("error")));
    QVERIFY(!secret->toolTip().isEmpty());  // the rule's why

    edit->moveCursor(QTextCursor::Start);
    const QRect itemRect = findings->visualItemRect(secret);
    QTest::mouseClick(findings->viewport(), Qt::LeftButton, {}, itemRect.center());
    QCOMPARE(edit->cursorLine(), 11);
    QCOMPARE(edit->textCursor().selectedText(), QStringLiteral("ENV API_TOKEN=abc123"));
    screenshot(&page, "explain-findings.png");
}

void TestChallengesPage::explainLabelsAHeredocLayerOnce()
{
    ExplainDockerfilePage page;
    page.setDockerfile(QString::fromUtf8(heredocWithSecret));
    const LayerBox &heredoc = page.layerStack()->stages().at(0).boxes.at(1);
    QCOMPARE(heredoc.text, QStringLiteral("RUN <<EOT"));
    QCOMPARE(heredoc.line, 4);
}

void TestChallengesPage::explainSaysNothingOnAnEmptyEditor()
{
    ExplainDockerfilePage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *status = page.findChild<QLabel *>(QStringLiteral("status"));
    auto *findings = page.findChild<QListWidget *>(QStringLiteral("findings"));
    QCOMPARE(status->text(), QString());
    QCOMPARE(findings->count(), 0);

    // Text typed and then deleted again: back to silence, no "the file has no instructions".
    auto *edit = page.findChild<HighlightedEditor *>(QStringLiteral("dockerfileEditor"));
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("FROM alpine:3.20"));
    page.analyze();
    QVERIFY(!status->text().isEmpty());
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    page.analyze();
    QCOMPARE(status->text(), QString());
    QCOMPARE(findings->count(), 0);
    QVERIFY(page.layerStack()->stages().isEmpty());
}

void TestChallengesPage::explainHasRoomAndALegend()
{
    ExplainDockerfilePage page;
    page.resize(1600, 1000);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *edit = page.findChild<HighlightedEditor *>(QStringLiteral("dockerfileEditor"));
    // The longest line of a typical Dockerfile (60 columns) fits without scrolling.
    const int sixtyColumns = edit->fontMetrics().horizontalAdvance(QString(60, QLatin1Char('M')));
    QVERIFY2(edit->viewport()->width() >= sixtyColumns, qPrintable(QString::number(edit->viewport()->width())));
    auto *legend = page.findChild<QLabel *>(QStringLiteral("legend"));
    QVERIFY(legend && legend->isVisible());
    for (LayerStackView::Fill fill : {LayerStackView::Fill::Base, LayerStackView::Fill::Layer, LayerStackView::Fill::Miss,
                                      LayerStackView::Fill::Skipped})
        QVERIFY(legend->text().contains(LayerStackView::fillColour(fill).name()));
    QVERIFY(legend->text().contains(QLatin1String("loses its cache")));
}

QTEST_MAIN(TestChallengesPage)
#include "tst_challengespage.moc"
