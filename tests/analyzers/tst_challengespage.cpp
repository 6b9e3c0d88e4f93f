#include "../translationtesting.h"

#include "ui/challenges/challengelistdelegate.h"
#include "challenges/challengeloader.h"
#include "ui/challenges/challengespage.h"
#include "store/challengestore.h"
#include "ui/challenges/explaindockerfilepage.h"
#include "ui/challenges/highlightededitor.h"
#include "ui/challenges/layerstackview.h"
#include "ui/challenges/solutiondialog.h"
#include "store/database.h"
#include "ui/translations.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QAbstractItemModel>
#include <QLabel>
#include <QStyleOptionViewItem>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
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

// Five stages: more than the pane shows side by side at 1300 pixels.
const char *const fiveStages =
    "FROM node:22 AS deps\n"
    "COPY package.json package-lock.json ./\n"
    "RUN npm ci\n"
    "FROM deps AS test\n"
    "COPY . .\n"
    "RUN npm test\n"
    "FROM deps AS build\n"
    "COPY . .\n"
    "RUN npm run build\n"
    "FROM golang:1.23 AS probe\n"
    "RUN go install example.com/probe@v1.2.3\n"
    "FROM nginx:1.27-alpine\n"
    "COPY --from=build /dist /usr/share/nginx/html\n"
    "COPY --from=probe /go/bin/probe /usr/local/bin/probe\n";

// The badge colour in the middle of a result's icon's top edge.
QColor badgeColour(const QListWidgetItem *item)
{
    const QImage image = item->icon().pixmap(QSize(18, 18), 1.0).toImage();
    return image.isNull() ? QColor() : image.pixelColor(image.width() / 2, 2);
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
    void solutionCopiesAndLoadsUndoably();
    void attemptIsSavedAndRestored();
    void passingMarksTheChallengeDone();
    void passedChecksLookPassed();
    void listShowsEachLevel();
    void explainDrawsStagesAndShowsAClickedLayer();
    void explainColoursTheCacheCascade();
    void explainShowsTheFindingsAndJumpsToTheirLines();
    void explainLabelsAHeredocLayerOnce();
    void explainSaysNothingOnAnEmptyEditor();
    void explainHasRoomAndALegend();
    void explainScrollsManyStagesSideways();
    void explainPlaceholderFitsInEveryLanguage_data();
    void explainPlaceholderFitsInEveryLanguage();

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
    QCOMPARE(execForm->data(Qt::AccessibleDescriptionRole).toString(), QStringLiteral("failed"));
    QVERIFY2(execForm->text().contains(QLatin1String("line 4")), qPrintable(execForm->text()));
    QCOMPARE(list->item(0)->data(Qt::AccessibleDescriptionRole).toString(), QStringLiteral("passed"));  // it parses
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
    auto *dialog = page->findChild<SolutionDialog *>(QStringLiteral("solutionDialog"));
    QVERIFY(dialog);
    QTest::mouseClick(button(page, "showSolution"), Qt::LeftButton);
    QCOMPARE(asked, 1);
    QVERIFY(dialog->isHidden());
    answer = true;
    QTest::mouseClick(button(page, "showSolution"), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());  // beside the attempt, to compare
    QCOMPARE(dialog->view()->toPlainText(), m_challenges.constFirst().solution);
    QVERIFY(dialog->view()->isReadOnly());
    // Highlighted like the editor: the highlighter gave the first instruction's keyword a format.
    QTRY_VERIFY(!dialog->view()->document()->firstBlock().layout()->formats().isEmpty());
    // Another challenge: the window follows, closed until asked for again.
    page->openChallenge(m_challenges.at(1).id);
    QVERIFY(dialog->isHidden());
    QCOMPARE(dialog->view()->toPlainText(), m_challenges.at(1).solution);
}

void TestChallengesPage::solutionCopiesAndLoadsUndoably()
{
    ChallengesPage *page = makePage();
    QVERIFY(page);
    page->setSolutionConfirmation([] { return true; });
    const Challenge &challenge = m_challenges.constFirst();
    page->openChallenge(challenge.id);
    HighlightedEditor *edit = editor(page);
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);
    typeLines(edit, QStringLiteral("# my try"));
    const QString attempt = edit->toPlainText();
    QTest::mouseClick(button(page, "showSolution"), Qt::LeftButton);
    auto *dialog = page->findChild<SolutionDialog *>(QStringLiteral("solutionDialog"));
    QVERIFY(dialog->isVisible());
    screenshot(dialog, "challenge-solution.png");

    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("copySolution")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), challenge.solution);
    QCOMPARE(edit->toPlainText(), attempt);  // copying leaves the attempt alone

    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("loadSolution")), Qt::LeftButton);
    QVERIFY(dialog->isHidden());
    QCOMPARE(edit->toPlainText(), challenge.solution);
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("summary"))->text().contains(QLatin1String("Ctrl+Z")));
    // One undo step brings the attempt back whole.
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(edit->toPlainText(), attempt);
    QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(edit->toPlainText(), challenge.solution);
    // Loaded, it passes like any attempt.
    QTest::mouseClick(button(page, "check"), Qt::LeftButton);
    QVERIFY(m_store->attempt(challenge.id)->passed);
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

// A passed check is good news: full text colour, a green tick badge, enabled like a failed one
// (which gets a red cross), never the greyed-out look of a disabled row.
void TestChallengesPage::passedChecksLookPassed()
{
    ChallengesPage *page = makePage();
    QVERIFY(page);
    page->openChallenge(QStringLiteral("dockerfile-pid1-signals"));
    editor(page)->setPlainText(QStringLiteral("FROM python:3.12-slim\nUSER 10001\nSTOPSIGNAL SIGINT\nENTRYPOINT python worker.py\n"));
    QTest::mouseClick(button(page, "check"), Qt::LeftButton);
    QListWidget *list = results(page);
    int passed = 0;
    int failed = 0;
    for (int i = 0; i < list->count(); ++i) {
        const QListWidgetItem *item = list->item(i);
        const bool ok = item->data(Qt::AccessibleDescriptionRole).toString() == QLatin1String("passed");
        (ok ? passed : failed)++;
        QVERIFY(item->flags() & Qt::ItemIsEnabled);
        // No colour of its own: the list's text colour, as for a failed check.
        QCOMPARE(item->foreground().style(), Qt::NoBrush);
        const QColor badge = badgeColour(item);
        QVERIFY2(badge.isValid() && badge.alpha() == 255, qPrintable(item->text()));
        if (ok)
            QVERIFY2(badge.green() > 2 * badge.red(), qPrintable(badge.name()));
        else
            QVERIFY2(badge.red() > 2 * badge.green(), qPrintable(badge.name()));
    }
    QCOMPARE(passed, 2);
    QCOMPARE(failed, 2);
    screenshot(page, "challenge-passed-checks.png");
}

// Which challenge to take next depends on its level, so the list says it for each.
void TestChallengesPage::listShowsEachLevel()
{
    ChallengesPage *page = makePage();
    QVERIFY(page);
    auto *list = page->findChild<QListWidget *>(QStringLiteral("challengeList"));
    QCOMPARE(list->count(), m_challenges.size());
    const QStringList levels{QStringLiteral("junior"), QStringLiteral("mid"), QStringLiteral("senior"), QStringLiteral("principal")};
    for (int row = 0; row < list->count(); ++row) {
        const QListWidgetItem *item = list->item(row);
        const QString level = levels.at(int(m_challenges.at(row).level));
        QCOMPARE(item->text().trimmed(), m_challenges.at(row).title);
        QCOMPARE(item->data(ChallengeListDelegate::levelRole).toString(), level);
        QVERIFY(item->data(Qt::AccessibleTextRole).toString().endsWith(level));
        // The row is wide enough for the title and the level beside it.
        const QSize hint = list->itemDelegate()->sizeHint(QStyleOptionViewItem(), list->model()->index(row, 0));
        QVERIFY(hint.width() > list->fontMetrics().horizontalAdvance(item->text() + level));
    }
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

// Each stage keeps its column's full width however many there are: five scroll sideways, and a
// layer selected off screen (from a finding, say) is scrolled into view.
void TestChallengesPage::explainScrollsManyStagesSideways()
{
    ExplainDockerfilePage page;
    page.resize(1300, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setDockerfile(QString::fromUtf8(fiveStages));
    LayerStackView *stack = page.layerStack();
    QCOMPARE(stack->stages().size(), 5);
    const qreal width = stack->boxRect(stack->stages().constFirst().boxes.constFirst().instruction).width();
    for (const StageColumn &stage : stack->stages()) {
        for (const LayerBox &box : stage.boxes)
            QCOMPARE(stack->boxRect(box.instruction).width(), width);
    }
    QCOMPARE(stack->size(), stack->sizeHint());  // not squeezed into the pane
    QScrollBar *sideways = page.layerScroll()->horizontalScrollBar();
    QTRY_VERIFY(sideways->isVisible());
    QVERIFY(sideways->maximum() > 0);
    QCOMPARE(sideways->value(), 0);

    const int last = stack->stages().constLast().boxes.constLast().instruction;
    stack->setSelectedInstruction(last);
    QVERIFY(sideways->value() > 0);
    const QRect shown = QRect(stack->mapTo(page.layerScroll()->viewport(), stack->boxRect(last).toRect().topLeft()),
                              stack->boxRect(last).toRect().size());
    QVERIFY(page.layerScroll()->viewport()->rect().contains(shown));
    sideways->setValue(0);
    screenshot(&page, "explain-five-stages.png");
}

void TestChallengesPage::explainPlaceholderFitsInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : availableLanguages())
        QTest::newRow(qPrintable(language)) << language;
}

// The hint shown before a Dockerfile is pasted wraps and the drawing grows to hold it: German,
// longer than English, was cut off at the column's edge.
void TestChallengesPage::explainPlaceholderFitsInEveryLanguage()
{
    QFETCH(QString, language);
    installTranslations(*QCoreApplication::instance(), language);
    const auto uninstall = qScopeGuard(TranslationTesting::removeTranslators);
    ExplainDockerfilePage page;
    page.resize(1000, 700);  // as in the window beside the notes: the middle pane is narrow
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    LayerStackView *stack = page.layerStack();
    const QString hint = LayerStackView::placeholderText();
    if (language != QLatin1String("en"))
        QVERIFY2(hint != QLatin1String("Paste a Dockerfile to see its stages and layers."), "untranslated");
    QWidget *view = page.layerScroll()->viewport();
    QVERIFY2(view->width() < stack->sizeHint().width(), "the pane is not narrower than a stage column");
    const QRect area = stack->placeholderRect();
    // All of the text is inside the area it is drawn in, and that area is on screen: no part of it
    // lies past the pane's edge or needs scrolling to.
    QCOMPARE(stack->fontMetrics().boundingRect(area, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, hint).united(area), area);
    QVERIFY(view->rect().contains(QRect(stack->mapTo(view, area.topLeft()), area.size())));
    QVERIFY(!page.layerScroll()->horizontalScrollBar()->isVisible());

    // With a Dockerfile the stages keep their width and scroll; emptied again, the hint wraps again.
    page.setDockerfile(QString::fromUtf8(fiveStages));
    QTRY_VERIFY(page.layerScroll()->horizontalScrollBar()->isVisible());
    page.setDockerfile(QString());
    QTRY_VERIFY(!page.layerScroll()->horizontalScrollBar()->isVisible());
    QVERIFY(view->rect().contains(QRect(stack->mapTo(view, stack->placeholderRect().topLeft()), stack->placeholderRect().size())));
}

QTEST_MAIN(TestChallengesPage)
#include "tst_challengespage.moc"
