// The Explain page: a Dockerfile's stages and layers drawn, the cache cascade, findings, and room
// for its hint in every language.
#include "support/translationtesting.h"
#include "support/widgettesting.h"

#include "ui/challenges/explaindockerfilepage.h"
#include "ui/challenges/highlightededitor.h"
#include "ui/challenges/layerstackview.h"
#include "ui/translations.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

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

} // namespace

class TestExplainDockerfilePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void explainDrawsStagesAndShowsAClickedLayer();
    void explainColoursTheCacheCascade();
    void explainShowsTheFindingsAndJumpsToTheirLines();
    void explainLabelsAHeredocLayerOnce();
    void explainSaysNothingOnAnEmptyEditor();
    void explainHasRoomAndALegend();
    void explainScrollsManyStagesSideways();
    void explainPlaceholderFitsInEveryLanguage_data();
    void explainPlaceholderFitsInEveryLanguage();
};

void TestExplainDockerfilePage::explainDrawsStagesAndShowsAClickedLayer()
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

void TestExplainDockerfilePage::explainColoursTheCacheCascade()
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
    WidgetTesting::screenshot(&page, "explain-layer-stack.png");
}

void TestExplainDockerfilePage::explainShowsTheFindingsAndJumpsToTheirLines()
{
    ExplainDockerfilePage page;
    page.resize(1600, 1000);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *edit = page.findChild<HighlightedEditor *>(QStringLiteral("dockerfileEditor"));
    edit->setFocus();
    WidgetTesting::typeLines(edit, QString::fromUtf8(heredocWithSecret).chopped(1));
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
    WidgetTesting::screenshot(&page, "explain-findings.png");
}

void TestExplainDockerfilePage::explainLabelsAHeredocLayerOnce()
{
    ExplainDockerfilePage page;
    page.setDockerfile(QString::fromUtf8(heredocWithSecret));
    const LayerBox &heredoc = page.layerStack()->stages().at(0).boxes.at(1);
    QCOMPARE(heredoc.text, QStringLiteral("RUN <<EOT"));
    QCOMPARE(heredoc.line, 4);
}

void TestExplainDockerfilePage::explainSaysNothingOnAnEmptyEditor()
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

void TestExplainDockerfilePage::explainHasRoomAndALegend()
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
void TestExplainDockerfilePage::explainScrollsManyStagesSideways()
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
    WidgetTesting::screenshot(&page, "explain-five-stages.png");
}

void TestExplainDockerfilePage::explainPlaceholderFitsInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : availableLanguages())
        QTest::newRow(qPrintable(language)) << language;
}

// The hint shown before a Dockerfile is pasted wraps and the drawing grows to hold it: German,
// longer than English, was cut off at the column's edge.
void TestExplainDockerfilePage::explainPlaceholderFitsInEveryLanguage()
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

QTEST_MAIN(TestExplainDockerfilePage)
#include "tst_explaindockerfilepage.moc"
