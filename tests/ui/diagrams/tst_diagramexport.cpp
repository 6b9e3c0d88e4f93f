// What a diagram export hands out: the drawing without its authors' comments, and the highlights
// in the same colours in the SVG and the PNG (and on the screen).
#include "support/diagramtestdata.h"

#include "ui/diagrams/diagramcanvas.h"
#include "diagrams/diagramexport.h"
#include "ui/diagrams/diagrampage.h"
#include "ui/diagrams/layersimulationpanel.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

using namespace DockPrep;

namespace {

// The stroke colour the SVG gives the highlight rectangle at (x, y).
QColor svgStrokeAt(const QByteArray &svg, const QRectF &rect)
{
    const QRegularExpression rectangle(QStringLiteral("<rect x=\"%1\" y=\"%2\"[^>]* stroke=\"(#[0-9a-f]{6})\"")
                                           .arg(QString::number(rect.x(), 'f', 1), QString::number(rect.y(), 'f', 1)));
    const QRegularExpressionMatch match = rectangle.match(QString::fromUtf8(svg));
    return match.hasMatch() ? QColor(match.captured(1)) : QColor();
}

bool close(const QColor &a, const QColor &b)
{
    return qAbs(a.red() - b.red()) <= 6 && qAbs(a.green() - b.green()) <= 6 && qAbs(a.blue() - b.blue()) <= 6;
}

} // namespace

class TestDiagramExport final : public QObject
{
    Q_OBJECT

    std::unique_ptr<DiagramPage> m_page;
    QTemporaryDir m_dir;

    DiagramCanvas *canvas() const { return m_page->canvas(); }

    // Exports SVG and PNG and checks that the last outline drawn has the same colour in both,
    // and that this is `expected`.
    void compareExports(const QColor &expected)
    {
        const DiagramHighlights shown = canvas()->highlights();
        QVERIFY(!shown.outlines.isEmpty());
        const DiagramHighlight outline = shown.outlines.constLast();
        QCOMPARE(outline.stroke.rgb(), expected.rgb());

        const QString svgPath = m_dir.filePath(QStringLiteral("d.svg"));
        const QString pngPath = m_dir.filePath(QStringLiteral("d.png"));
        QCOMPARE(m_page->exportDiagram(svgPath), QString());
        QCOMPARE(m_page->exportDiagram(pngPath), QString());
        QFile file(svgPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        QVERIFY(!svg.contains("<!--"));
        QVERIFY(QSvgRenderer(svg).isValid());
        const QColor inSvg = svgStrokeAt(svg, outline.rect);
        QVERIFY2(inSvg.isValid(), svg.right(1500).constData());

        // The PNG is twice the document size; the middle of the outline's top edge is pen.
        const QImage png(pngPath);
        const QPointF origin = canvas()->geometry().viewBox().topLeft();
        const QPoint edge(qRound((outline.rect.center().x() - origin.x()) * 2), qRound((outline.rect.top() - origin.y()) * 2));
        const QColor inPng = png.pixelColor(edge);
        QVERIFY2(close(inPng, inSvg), qPrintable(QStringLiteral("PNG %1, SVG %2").arg(inPng.name(), inSvg.name())));
        QCOMPARE(inSvg.rgb(), expected.rgb());

        // For looking at: the SVG drawn by Qt's renderer beside the PNG.
        const QString folder = qEnvironmentVariable("DOCKPREP_EXPORT_SAMPLES");
        if (!folder.isEmpty()) {
            QImage drawn(png.size(), QImage::Format_ARGB32);
            drawn.fill(Qt::white);
            QPainter painter(&drawn);
            QSvgRenderer(svg).render(&painter);
            painter.end();
            const QString name = QString::fromLatin1(QTest::currentTestFunction());
            QVERIFY(drawn.save(folder + QLatin1Char('/') + name + QStringLiteral("-svg.png")));
            QVERIFY(png.save(folder + QLatin1Char('/') + name + QStringLiteral("-png.png")));
        }
    }

private Q_SLOTS:
    void init()
    {
        m_page = std::make_unique<DiagramPage>(DiagramTestData::catalog());
        m_page->resize(1280, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }
    void cleanup() { m_page.reset(); }

    void commentsAreLeftOut_data()
    {
        QTest::addColumn<QByteArray>("svg");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("own line") << QByteArray("<svg>\n  <!-- note to self -->\n  <g/>\n</svg>\n") << QByteArray("<svg>\n  <g/>\n</svg>\n");
        QTest::newRow("first line") << QByteArray("<!-- about -->\n<svg/>\n") << QByteArray("<svg/>\n");
        QTest::newRow("after markup") << QByteArray("<g/> <!-- x --> <g/>\n") << QByteArray("<g/>  <g/>\n");
        QTest::newRow("several lines") << QByteArray("<svg>\n<!-- a\n b -->\n</svg>") << QByteArray("<svg>\n</svg>");
        QTest::newRow("in CDATA") << QByteArray("<style><![CDATA[ <!-- kept --> ]]></style>") << QByteArray("<style><![CDATA[ <!-- kept --> ]]></style>");
        QTest::newRow("unclosed") << QByteArray("<svg/>\n<!-- never closed") << QByteArray("<svg/>\n");
    }
    void commentsAreLeftOut()
    {
        QFETCH(QByteArray, svg);
        QFETCH(QByteArray, expected);
        QCOMPARE(withoutXmlComments(svg), expected);
    }

    // Every shipped drawing: no comment survives the export, and the drawing still renders.
    void everyDiagramExportsWithoutComments()
    {
        const DiagramCatalog &catalog = DiagramTestData::catalog();
        for (const DiagramMetadata &diagram : catalog.diagrams()) {
            QVERIFY(m_page->showDiagram(diagram.id));
            const QString path = m_dir.filePath(diagram.id + QStringLiteral(".svg"));
            QCOMPARE(m_page->exportDiagram(path), QString());
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray svg = file.readAll();
            QVERIFY2(!svg.contains("<!--"), qPrintable(diagram.id));
            QSvgRenderer renderer(svg);
            QVERIFY2(renderer.isValid(), qPrintable(diagram.id));
            QCOMPARE(renderer.viewBoxF(), QSvgRenderer(diagram.svgFile).viewBoxF());
        }
    }

    void selectedElementHasOneColour()
    {
        QVERIFY(m_page->showElement(QStringLiteral("engine-chain"), QStringLiteral("shim")));
        compareExports(DiagramHighlightColors::selected);
    }

    void steppingHasOneColour()
    {
        QVERIFY(m_page->showDiagram(QStringLiteral("run-sequence")));
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("nextStep")), Qt::LeftButton);
        QVERIFY(!canvas()->activeElements().isEmpty());
        QVERIFY(!canvas()->highlights().spotlight.isEmpty());
        compareExports(DiagramHighlightColors::step);
    }

    void simulationMarksKeepTheirColours()
    {
        QVERIFY(m_page->showDiagram(QStringLiteral("layers")));
        m_page->simulationPanel()->write(0, QStringLiteral("/etc/passwd"), QStringLiteral("edited"));
        const DiagramHighlights shown = canvas()->highlights();
        QVERIFY(shown.outlines.size() >= 2);
        QVERIFY(shown.outlines.constLast().fill.alpha() > 0);
        compareExports(shown.outlines.constLast().stroke);
    }
};

QTEST_MAIN(TestDiagramExport)
#include "tst_diagramexport.moc"
