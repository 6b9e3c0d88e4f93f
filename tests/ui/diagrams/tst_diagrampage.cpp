#include "support/diagramtestdata.h"

#include "curriculum/contentloader.h"
#include "curriculum/curriculumresources.h"
#include "ui/diagrams/diagramcanvas.h"
#include "ui/diagrams/diagraminfopanel.h"
#include "ui/diagrams/diagrampage.h"
#include "ui/diagrams/layersimulationpanel.h"
#include "ui/diagrams/stepbar.h"
#include "diagrams/stepplayer.h"
#include "diagrams/stepticker.h"
#include "diagrams/traversalorder.h"

#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace DockPrep;

class ManualTicker final : public StepTicker
{
    Q_OBJECT
public:
    void start(int) override { m_active = true; }
    void stop() override { m_active = false; }
    bool isActive() const override { return m_active; }
    void fire() { Q_EMIT tick(); }

private:
    bool m_active = false;
};

class TestDiagramPage final : public QObject
{
    Q_OBJECT

    std::unique_ptr<DiagramPage> m_page;
    Curriculum m_curriculum;

    DiagramCanvas *canvas() const { return m_page->canvas(); }
    // An element of the diagram on screen.
    const DiagramElement &element(const QString &id) const { return *canvas()->diagram().element(id); }
    template<typename T> T *child(const QString &name) const { return m_page->findChild<T *>(name); }

private Q_SLOTS:
    void initTestCase()
    {
        const auto result = loadCurriculum(builtInContentFolder(), builtInDiagramCatalog());
        QVERIFY(result.ok());
        m_curriculum = result.curriculum;
    }

    void init()
    {
        const DiagramCatalog &catalog = DiagramTestData::catalog();
        m_page = std::make_unique<DiagramPage>(catalog);
        m_page->setQuestionIndex(DiagramQuestionIndex(m_curriculum, catalog));
        m_page->resize(1280, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup() { m_page.reset(); }

    void clickingAnElementOpensItsPanel()
    {
        QVERIFY(m_page->showDiagram(QStringLiteral("engine-chain")));
        QVERIFY(!m_page->infoPanel()->isVisible());
        const QPoint pos = canvas()->elementPosition(QStringLiteral("containerd"));
        QVERIFY(pos.x() >= 0);
        QTest::mouseClick(canvas()->viewport(), Qt::LeftButton, {}, pos);
        QVERIFY(m_page->infoPanel()->isVisible());
        const DiagramElement &containerd = element(QStringLiteral("containerd"));
        QCOMPARE(m_page->infoPanel()->titleText(), containerd.title);
        QCOMPARE(m_page->infoPanel()->explanationText(), containerd.text);

        // Its questions are listed and open in the reader.
        auto *questions = child<QListWidget>(QStringLiteral("elementQuestions"));
        QStringList ids;
        for (int i = 0; i < questions->count(); ++i)
            ids.append(questions->item(i)->data(Qt::UserRole).toString());
        QVERIFY2(ids.contains(QStringLiteral("docker-engine-architecture")), qPrintable(ids.join(u',')));
        QSignalSpy opened(m_page.get(), &DiagramPage::entryLinkActivated);
        questions->setFocus();
        questions->setCurrentRow(int(ids.indexOf(QStringLiteral("docker-engine-architecture"))));
        QTest::keyClick(questions, Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toString(), QStringLiteral("docker-engine-architecture"));

        // A click on another element switches the panel; a click on empty space does nothing.
        QTest::mouseClick(canvas()->viewport(), Qt::LeftButton, {}, canvas()->elementPosition(QStringLiteral("seccomp")));
        QCOMPARE(m_page->infoPanel()->titleText(), element(QStringLiteral("seccomp")).title);
        QTest::mouseClick(canvas()->viewport(), Qt::LeftButton, {}, QPoint(2, 2));
        QCOMPARE(m_page->infoPanel()->titleText(), element(QStringLiteral("seccomp")).title);
    }

    // The panel takes width from the drawing; the drawing keeps the zoom the user was looking at,
    // fitted or chosen, and a fitted one fills the window again when the panel closes.
    void openingThePanelKeepsTheZoom()
    {
        QVERIFY(m_page->showDiagram(QStringLiteral("engine-chain")));
        const qreal fitted = canvas()->zoom();
        const int fullWidth = canvas()->width();
        QTest::mouseClick(canvas()->viewport(), Qt::LeftButton, {}, canvas()->elementPosition(QStringLiteral("containerd")));
        QVERIFY(m_page->infoPanel()->isVisible());
        QTRY_VERIFY(canvas()->width() < fullWidth);
        QCOMPARE(canvas()->zoom(), fitted);
        // Another element while it is open changes nothing either.
        QTest::mouseClick(canvas()->viewport(), Qt::LeftButton, {}, canvas()->elementPosition(QStringLiteral("seccomp")));
        QCOMPARE(canvas()->zoom(), fitted);

        QTest::keyClick(canvas(), Qt::Key_Escape);
        QVERIFY(!m_page->infoPanel()->isVisible());
        QTRY_COMPARE(canvas()->width(), fullWidth);
        QCOMPARE(canvas()->zoom(), fitted);
        m_page->resize(1000, 700);  // still fitting: the window's size rules
        QTRY_VERIFY(canvas()->zoom() < fitted);

        canvas()->setZoom(1.5);
        QTest::mouseClick(canvas()->viewport(), Qt::LeftButton, {}, canvas()->elementPosition(QStringLiteral("containerd")));
        QVERIFY(m_page->infoPanel()->isVisible());
        QCOMPARE(canvas()->zoom(), 1.5);
        m_page->closePanel();
        QCoreApplication::processEvents();
        QCOMPARE(canvas()->zoom(), 1.5);
    }

    // A link followed before the page shows (--diagram at start) opens the panel on a drawing not
    // on screen yet: it fits the room the panel leaves once it shows, not the size it had unshown.
    void aLinkFollowedBeforeShowingFitsTheRoomLeft()
    {
        m_page.reset();
        m_page = std::make_unique<DiagramPage>(DiagramTestData::catalog());
        QVERIFY(m_page->showElement(QStringLiteral("engine-chain"), QStringLiteral("containerd")));
        m_page->resize(1280, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QVERIFY(m_page->infoPanel()->isVisible());
        QCoreApplication::processEvents();
        const qreal shown = canvas()->zoom();
        QVERIFY(shown > DiagramCanvas::minimumZoom);
        canvas()->fitToWindow();
        QCOMPARE(canvas()->zoom(), shown);
    }

    // A fitted drawing shows whole, so a scroll bar would only offer to scroll by a rounding error.
    void noScrollBarWhenTheDrawingFits()
    {
        const QList<QSize> sizes{{1280, 900}, {1111, 777}, {901, 613}, {1367, 641}, {777, 1033}};
        const DiagramCatalog &catalog = DiagramTestData::catalog();
        for (const DiagramMetadata &diagram : catalog.diagrams()) {
            QVERIFY(m_page->showDiagram(diagram.id));
            for (const QSize &size : sizes) {
                m_page->resize(size);
                QTRY_COMPARE(m_page->size(), size);
                QCoreApplication::processEvents();
                const QString where = diagram.id + QStringLiteral(" at %1x%2").arg(size.width()).arg(size.height());
                QVERIFY2(!canvas()->horizontalScrollBar()->isVisible(), qPrintable(where));
                QVERIFY2(!canvas()->verticalScrollBar()->isVisible(), qPrintable(where));
            }
        }
        // Zoomed past the window they appear, and Fit takes them away again.
        canvas()->setZoom(canvas()->zoom() * 3);
        QTRY_VERIFY(canvas()->horizontalScrollBar()->isVisible() && canvas()->verticalScrollBar()->isVisible());
        canvas()->fitToWindow();
        QCoreApplication::processEvents();
        QVERIFY(!canvas()->horizontalScrollBar()->isVisible());
        QVERIFY(!canvas()->verticalScrollBar()->isVisible());
    }

    // One way to export, so one click: a plain button straight to the file question, no menu.
    void exportButtonExportsAtOnce()
    {
        auto *button = child<QToolButton>(QStringLiteral("exportDiagram"));
        QVERIFY(button);
        QCOMPARE(button->menu(), nullptr);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("page.png"));
        int asked = 0;
        m_page->setExportFileQuestion([&] {
            ++asked;
            return png;
        });
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(asked, 1);
        QVERIFY(!QImage(png).isNull());
    }

    void hoverShowsTheName()
    {
        QVERIFY(m_page->showDiagram(QStringLiteral("networking")));
        const QPoint pos = canvas()->elementPosition(QStringLiteral("vxlan"));
        QTest::mouseMove(canvas()->viewport(), pos);
        QTRY_COMPARE(canvas()->hoveredElement(), QStringLiteral("vxlan"));
        const QString title = element(QStringLiteral("vxlan")).title;
        QCOMPARE(m_page->hoverLabel()->text(), title);
        QCOMPARE(canvas()->toolTip(), title);
        QVERIFY(!m_page->infoPanel()->isVisible());  // hovering opens nothing
        QTest::mouseMove(canvas()->viewport(), QPoint(3, 3));
        QTRY_COMPARE(canvas()->hoveredElement(), QString());
        QCOMPARE(m_page->hoverLabel()->text(), QString());
    }

    void keyboardTabEnterEscape()
    {
        QVERIFY(m_page->showDiagram(QStringLiteral("engine-chain")));
        canvas()->setFocus();
        QVERIFY(canvas()->hasFocus());
        // Tab follows the order the diagram gives, the rest by position.
        const QStringList order = traversalOrder(canvas()->geometry().rects(), canvas()->diagram().order);
        QCOMPARE(order.value(0), QStringLiteral("cli"));
        QTest::keyClick(canvas(), Qt::Key_Tab);
        QCOMPARE(canvas()->focusedElement(), order.at(0));
        QTest::keyClick(canvas(), Qt::Key_Tab);
        QTest::keyClick(canvas(), Qt::Key_Tab);
        QCOMPARE(canvas()->focusedElement(), order.at(2));
        QTest::keyClick(canvas(), Qt::Key_Tab, Qt::ShiftModifier);
        QCOMPARE(canvas()->focusedElement(), order.at(1));
        QVERIFY(canvas()->hasFocus());
        // Screen readers hear the focused element.
        const DiagramElement &focused = element(order.at(1));
        QVERIFY2(canvas()->accessibleName().contains(focused.title), qPrintable(canvas()->accessibleName()));
        QCOMPARE(canvas()->accessibleDescription(), focused.text);

        QTest::keyClick(canvas(), Qt::Key_Return);
        QVERIFY(m_page->infoPanel()->isVisible());
        QCOMPARE(m_page->infoPanel()->titleText(), focused.title);
        QTest::keyClick(canvas(), Qt::Key_Escape);
        QVERIFY(!m_page->infoPanel()->isVisible());
        QVERIFY(canvas()->hasFocus());

        // Past the last element, Tab leaves the canvas.
        for (qsizetype i = 2; i < order.size(); ++i)
            QTest::keyClick(canvas(), Qt::Key_Tab);
        QCOMPARE(canvas()->focusedElement(), order.last());
        QTest::keyClick(canvas(), Qt::Key_Tab);
        QVERIFY(!canvas()->hasFocus());
    }

    void showElementOpensTheDiagramAtIt()
    {
        QVERIFY(m_page->showElement(QStringLiteral("layers"), QStringLiteral("upperdir")));
        QCOMPARE(m_page->currentDiagram(), QStringLiteral("layers"));
        QVERIFY(m_page->infoPanel()->isVisible());
        QCOMPARE(m_page->infoPanel()->titleText(), QStringLiteral("upperdir"));
        QCOMPARE(canvas()->focusedElement(), QStringLiteral("upperdir"));
        QVERIFY(m_page->showLink(QStringLiteral("build-cache#cache-miss")));
        QCOMPARE(m_page->currentDiagram(), QStringLiteral("build-cache"));
        QCOMPARE(m_page->infoPanel()->titleText(), QStringLiteral("Cache miss"));
        QVERIFY(!m_page->showElement(QStringLiteral("nope"), QStringLiteral("x")));
        QVERIFY(!m_page->showElement(QStringLiteral("layers"), QStringLiteral("nope")));
        // The chooser follows.
        auto *chooser = child<QComboBox>(QStringLiteral("diagramChooser"));
        QCOMPARE(chooser->currentData().toString(), QStringLiteral("layers"));
        chooser->setCurrentIndex(chooser->findData(QStringLiteral("isolation")));
        QCOMPARE(m_page->currentDiagram(), QStringLiteral("isolation"));
        QVERIFY(!m_page->infoPanel()->isVisible());
    }

    void stepThroughHighlightsTheActivePath()
    {
        QVERIFY(m_page->showDiagram(QStringLiteral("run-sequence")));
        QVERIFY(m_page->stepBar()->isVisible());
        QVERIFY(!m_page->simulationPanel()->isVisible());
        const DiagramSequence &sequence = canvas()->diagram().sequences.first();
        auto *next = child<QPushButton>(QStringLiteral("nextStep"));
        auto *previous = child<QPushButton>(QStringLiteral("previousStep"));
        auto *play = child<QPushButton>(QStringLiteral("playSteps"));
        QVERIFY(canvas()->activeElements().isEmpty());
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(m_page->stepBar()->caption(), sequence.steps.at(0).caption);
        QCOMPARE(canvas()->activeElements(), sequence.steps.at(0).active);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(canvas()->activeElements(), sequence.steps.at(1).active);
        QVERIFY(previous->isEnabled());
        QTest::mouseClick(previous, Qt::LeftButton);
        QCOMPARE(m_page->stepBar()->caption(), sequence.steps.at(0).caption);
        QVERIFY(!previous->isEnabled());

        auto *ticker = new ManualTicker;
        m_page->stepBar()->player()->setTicker(ticker);
        QTest::mouseClick(play, Qt::LeftButton);
        QVERIFY(m_page->stepBar()->player()->isPlaying());
        for (qsizetype i = 1; i < sequence.steps.size(); ++i)
            ticker->fire();
        QVERIFY(!m_page->stepBar()->player()->isPlaying());
        QCOMPARE(m_page->stepBar()->caption(), sequence.steps.last().caption);
        QCOMPARE(canvas()->activeElements(), sequence.steps.last().active);
        QVERIFY(!next->isEnabled());

        // Another diagram: no step-through left behind.
        QVERIFY(m_page->showDiagram(QStringLiteral("isolation")));
        QVERIFY(!m_page->stepBar()->isVisible());
        QVERIFY(canvas()->activeElements().isEmpty());
    }

    void containerdCrashSequence()
    {
        QVERIFY(m_page->showDiagram(QStringLiteral("engine-chain")));
        QCOMPARE(m_page->stepBar()->currentSequence()->id, QStringLiteral("containerd-crash"));
        auto *next = child<QPushButton>(QStringLiteral("nextStep"));
        QTest::mouseClick(next, Qt::LeftButton);
        QTest::mouseClick(next, Qt::LeftButton);
        QVERIFY(canvas()->activeElements().contains(QStringLiteral("shim")));
        QVERIFY(!canvas()->activeElements().contains(QStringLiteral("containerd")));
    }

    void layerSimulationMarksTheDiagram()
    {
        QVERIFY(m_page->showDiagram(QStringLiteral("layers")));
        QVERIFY(m_page->simulationPanel()->isVisible());
        const QList<QRectF> before = canvas()->highlightedRects();
        QVERIFY(before.isEmpty());
        m_page->simulationPanel()->write(0, QStringLiteral("/etc/passwd"), QStringLiteral("edited"));
        QVERIFY2(m_page->simulationPanel()->resultText().startsWith(QLatin1String("Copy-up")),
                 qPrintable(m_page->simulationPanel()->resultText()));
        QCOMPARE(canvas()->highlightedRects().size(), 3);  // source layer, copy-up, writable layer
        QVERIFY(canvas()->highlightedRects().contains(canvas()->geometry().rect(QStringLiteral("copy-up"))));
        m_page->simulationPanel()->remove(1, QStringLiteral("/etc/os-release"));
        QVERIFY(m_page->simulationPanel()->resultText().startsWith(QLatin1String("Whiteout")));
        QVERIFY(canvas()->highlightedRects().contains(canvas()->geometry().rect(QStringLiteral("whiteout"))));
        QVERIFY(canvas()->highlightedRects().contains(canvas()->geometry().rect(QStringLiteral("writable-layer-b"))));
        m_page->simulationPanel()->write(0, QStringLiteral("../etc"), QStringLiteral("x"));
        QVERIFY(m_page->simulationPanel()->resultText().contains(QLatin1String("not an absolute file path")));
    }

    void zoomWithKeysAndWheel()
    {
        QVERIFY(m_page->showDiagram(QStringLiteral("isolation")));
        canvas()->setFocus();
        const qreal fitted = canvas()->zoom();
        QTest::keyClick(canvas(), Qt::Key_Equal, Qt::ControlModifier);
        QVERIFY(canvas()->zoom() > fitted);
        QTest::keyClick(canvas(), Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(canvas(), Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(canvas()->zoom() < fitted);
        QTest::keyClick(canvas(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(canvas()->zoom(), fitted);

        const QPointF at(200, 200);
        QWheelEvent wheel(at, canvas()->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(canvas()->viewport(), &wheel);
        QVERIFY(canvas()->zoom() > fitted);

        // Zoomed in, hit-testing still finds what is under the pointer.
        canvas()->setZoom(2.5);
        canvas()->ensureElementVisible(QStringLiteral("cg-pids"));
        const QPoint pos = canvas()->elementPosition(QStringLiteral("cg-pids"));
        QVERIFY(pos.x() >= 0);
        QTest::mouseClick(canvas()->viewport(), Qt::LeftButton, {}, pos);
        QCOMPARE(m_page->infoPanel()->titleText(), QStringLiteral("pids controller"));
        // Dragging pans instead of clicking.
        const int scrollBefore = canvas()->horizontalScrollBar()->value();
        QTest::mousePress(canvas()->viewport(), Qt::LeftButton, {}, QPoint(400, 300));
        QTest::mouseMove(canvas()->viewport(), QPoint(300, 300));
        QTest::mouseRelease(canvas()->viewport(), Qt::LeftButton, {}, QPoint(300, 300));
        QCOMPARE(canvas()->horizontalScrollBar()->value(), scrollBefore + 100);
    }

    void exportSvgAndPng()
    {
        QTemporaryDir dir;
        QVERIFY(m_page->showElement(QStringLiteral("engine-chain"), QStringLiteral("shim")));
        const QString svg = dir.filePath(QStringLiteral("chain.svg"));
        QCOMPARE(m_page->exportDiagram(svg), QString());
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        QVERIFY(data.contains("id=\"dockprep-highlight\""));
        QSvgRenderer renderer(data);
        QVERIFY(renderer.isValid());
        QVERIFY(renderer.elementExists(QStringLiteral("shim")));

        const QString png = dir.filePath(QStringLiteral("chain.png"));
        QCOMPARE(m_page->exportDiagram(png), QString());
        const QImage image(png);
        QCOMPARE(image.size(), (canvas()->geometry().viewBox().size() * 2).toSize());

        const QString failed = m_page->exportDiagram(dir.filePath(QStringLiteral("missing/dir/chain.png")));
        QVERIFY2(failed.startsWith(QLatin1String("Could not save")), qPrintable(failed));
        QVERIFY(!m_page->exportDiagram(dir.filePath(QStringLiteral("chain.gif"))).isEmpty());
    }

    // A zoom step never renders the SVG on the GUI thread (26-44 ms for a busy diagram): the
    // previous rendering, scaled, shows at once, and the sharp one replaces it from a worker.
    void zoomRendersBehindTheView()
    {
        QVERIFY(m_page->showDiagram(QStringLiteral("engine-chain")));
        QWidget *view = canvas()->viewport();
        const QColor background = view->palette().color(QPalette::Base);
        const auto inked = [&](const QImage &image) {
            int count = 0;
            for (int y = 0; y < image.height(); y += 4) {
                for (int x = 0; x < image.width(); x += 4)
                    count += image.pixelColor(x, y) != background ? 1 : 0;
            }
            return count;
        };
        const QImage fitted = view->grab().toImage();  // the first paint of a drawing renders at once
        QVERIFY(canvas()->isRenderCurrent());
        QVERIFY(inked(fitted) > 100);

        canvas()->setZoom(canvas()->zoom() * 1.25);
        const QImage preview = view->grab().toImage();
        QVERIFY(!canvas()->isRenderCurrent());
        QVERIFY(inked(preview) > inked(fitted));  // the drawing, larger: neither blank nor the old one
        QTRY_VERIFY(canvas()->isRenderCurrent());
        const QImage sharp = view->grab().toImage();
        QVERIFY(sharp != preview);
        QVERIFY(inked(sharp) > 100);

        // Fast steps: each paint shows a stand-in, and the last zoom is the one rendered.
        for (int i = 0; i < 4; ++i) {
            canvas()->zoomIn();
            view->repaint();
        }
        const qreal last = canvas()->zoom();
        QTRY_VERIFY(canvas()->isRenderCurrent());
        QCOMPARE(canvas()->zoom(), last);
        // Another drawing never gets this one's rendering as its stand-in.
        canvas()->zoomOut();
        view->repaint();
        QVERIFY(m_page->showDiagram(QStringLiteral("isolation")));
        view->repaint();
        QVERIFY(canvas()->isRenderCurrent());
        QVERIFY(!canvas()->elementPosition(QStringLiteral("ns-pid")).isNull());
    }
};

QTEST_MAIN(TestDiagramPage)
#include "tst_diagrampage.moc"
