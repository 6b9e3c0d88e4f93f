#include "support/diagramtestdata.h"

#include "diagrams/diagramgeometry.h"
#include "diagrams/svgoutline.h"
#include "diagrams/traversalorder.h"

#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTest>

using namespace DockPrep;

namespace {

struct Loaded {
    mutable QSvgRenderer renderer;  // render() is not const
    DiagramGeometry geometry;
    QStringList paintOrder;
};

std::unique_ptr<Loaded> load(const DiagramMetadata &diagram)
{
    auto loaded = std::make_unique<Loaded>();
    loaded->renderer.load(diagram.svgFile);
    QStringList ids;
    for (const QString &id : SvgOutline::read(diagram.svgFile).idsInPaintOrder()) {
        if (diagram.element(id))
            ids.append(id);
    }
    loaded->paintOrder = ids;
    loaded->geometry = DiagramGeometry(loaded->renderer, ids);
    return loaded;
}

// A point that visibly belongs to `id`: the element paints it (rendered on its own, so this does
// not trust the hit rectangles) and no element painted later covers it. Returns (-1,-1) if none.
QPointF pointOwnedBy(const Loaded &loaded, const QString &id)
{
    const QRectF rect = loaded.renderer.transformForElement(id).mapRect(loaded.renderer.boundsOnElement(id));
    QImage alone(rect.size().toSize() + QSize(1, 1), QImage::Format_ARGB32_Premultiplied);
    alone.fill(Qt::transparent);
    {
        QPainter painter(&alone);
        loaded.renderer.render(&painter, id, QRectF(QPointF(0, 0), rect.size()));
    }
    const qsizetype index = loaded.paintOrder.indexOf(id);
    for (int gy = 1; gy < 12; ++gy) {
        for (int gx = 1; gx < 12; ++gx) {
            const QPointF p(rect.left() + rect.width() * gx / 12.0, rect.top() + rect.height() * gy / 12.0);
            if (qAlpha(alone.pixel((p - rect.topLeft()).toPoint())) < 200)
                continue;
            bool covered = false;
            for (qsizetype later = index + 1; later < loaded.paintOrder.size() && !covered; ++later) {
                const QString &other = loaded.paintOrder.at(later);
                covered = loaded.renderer.transformForElement(other).mapRect(loaded.renderer.boundsOnElement(other)).contains(p);
            }
            if (!covered)
                return p;
        }
    }
    return {-1, -1};
}

} // namespace

class TestDiagramGeometry final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hitTestEveryElement_data()
    {
        QTest::addColumn<QString>("diagram");
        QTest::addColumn<QString>("element");
        QTest::addColumn<qreal>("zoom");
        QTest::addColumn<qreal>("dpr");
        QTest::addColumn<QPointF>("origin");
        const DiagramCatalog &catalog = DiagramTestData::catalog();
        struct View { const char *name; qreal zoom; qreal dpr; QPointF origin; };
        const View views[] = {{"scale 1", 1.0, 1.0, {0, 0}},
                              {"scale 2", 1.0, 2.0, {0, 0}},
                              {"zoom 2.5 scrolled, scale 2", 2.5, 2.0, {-700, -350}},
                              {"zoom 0.5 centred, scale 1", 0.5, 1.0, {120, 40}}};
        for (const DiagramMetadata &diagram : catalog.diagrams()) {
            for (const DiagramElement &element : diagram.elements) {
                for (const View &view : views) {
                    QTest::addRow("%s#%s %s", qPrintable(diagram.id), qPrintable(element.id), view.name)
                        << diagram.id << element.id << view.zoom << view.dpr << view.origin;
                }
            }
        }
    }

    void hitTestEveryElement()
    {
        QFETCH(QString, diagram);
        QFETCH(QString, element);
        QFETCH(qreal, zoom);
        QFETCH(qreal, dpr);
        QFETCH(QPointF, origin);
        const DiagramCatalog &catalog = DiagramTestData::catalog();
        const auto loaded = load(*catalog.diagram(diagram));
        QVERIFY2(loaded->geometry.missing().isEmpty(), qPrintable(loaded->geometry.missing().join(u',')));

        const QPointF documentPoint = pointOwnedBy(*loaded, element);
        QVERIFY2(documentPoint.x() >= 0, "no visible, uncovered point: the element cannot be clicked");

        DiagramViewport viewport;
        viewport.viewBox = loaded->geometry.viewBox();
        viewport.zoom = zoom;
        viewport.devicePixelRatio = dpr;
        viewport.origin = origin;
        // Where that point lands on the screen, in device pixels.
        const QPointF device = viewport.documentToLogical().map(documentPoint) * dpr;
        QCOMPARE(loaded->geometry.elementAt(device, viewport), element);
    }

    void unknownIdsAreReportedNotGuessed()
    {
        const auto loaded = load(*DiagramTestData::catalog().diagram(QStringLiteral("layers")));
        const DiagramGeometry geometry(loaded->renderer, {QStringLiteral("merged"), QStringLiteral("nope")});
        QCOMPARE(geometry.missing(), QStringList{QStringLiteral("nope")});
        QVERIFY(geometry.rect(QStringLiteral("nope")).isNull());
        // Outside every element: nothing.
        QCOMPARE(geometry.elementAtDocumentPoint(QPointF(2, 2)), QString());
    }

    void nestedElementWinsOverItsContainer()
    {
        const auto loaded = load(*DiagramTestData::catalog().diagram(QStringLiteral("engine-chain")));
        const QRectF seccomp = loaded->geometry.rect(QStringLiteral("seccomp"));
        QVERIFY(loaded->geometry.rect(QStringLiteral("kernel")).contains(seccomp.center()));
        QCOMPARE(loaded->geometry.elementAtDocumentPoint(seccomp.center()), QStringLiteral("seccomp"));
        const QRectF kernel = loaded->geometry.rect(QStringLiteral("kernel"));
        QCOMPARE(loaded->geometry.elementAtDocumentPoint(kernel.topLeft() + QPointF(10, 10)), QStringLiteral("kernel"));
    }

    void readingOrder()
    {
        const auto loaded = load(*DiagramTestData::catalog().diagram(QStringLiteral("engine-chain")));
        const QStringList order = traversalOrder(loaded->geometry.rects());
        const QStringList expected{
            QStringLiteral("cli"), QStringLiteral("api-socket"), QStringLiteral("dockerd"), QStringLiteral("buildkit"),
            QStringLiteral("containerd"), QStringLiteral("registry"), QStringLiteral("shim"), QStringLiteral("container"),
            QStringLiteral("runc"), QStringLiteral("kernel"), QStringLiteral("namespaces"), QStringLiteral("cgroups"),
            QStringLiteral("capabilities"), QStringLiteral("seccomp"), QStringLiteral("lsm")};
        QCOMPARE(order, expected);
    }

    void readingOrderToleratesSmallMisalignment()
    {
        const QHash<QString, QRectF> rects{{QStringLiteral("right"), QRectF(200, 100, 50, 50)},
                                           {QStringLiteral("left"), QRectF(0, 108, 50, 50)},
                                           {QStringLiteral("below"), QRectF(0, 200, 50, 50)},
                                           {QStringLiteral("top"), QRectF(500, 0, 50, 50)}};
        QCOMPARE(traversalOrder(rects), (QStringList{QStringLiteral("top"), QStringLiteral("left"), QStringLiteral("right"),
                                                     QStringLiteral("below")}));
        // A bigger offset is a new row.
        QCOMPARE(traversalOrder(rects, {}, 4.0), (QStringList{QStringLiteral("top"), QStringLiteral("right"),
                                                              QStringLiteral("left"), QStringLiteral("below")}));
    }

    void explicitOrderWins()
    {
        const QHash<QString, QRectF> rects{{QStringLiteral("a"), QRectF(0, 0, 10, 10)}, {QStringLiteral("b"), QRectF(20, 0, 10, 10)}};
        QCOMPARE(traversalOrder(rects, {QStringLiteral("b"), QStringLiteral("ghost"), QStringLiteral("a")}),
                 (QStringList{QStringLiteral("b"), QStringLiteral("a")}));
    }

    void nextInOrderStopsAtTheEnds()
    {
        const QStringList order{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        QCOMPARE(nextInOrder(order, QString(), true), QStringLiteral("a"));
        QCOMPARE(nextInOrder(order, QString(), false), QStringLiteral("c"));
        QCOMPARE(nextInOrder(order, QStringLiteral("a"), true), QStringLiteral("b"));
        QCOMPARE(nextInOrder(order, QStringLiteral("b"), false), QStringLiteral("a"));
        QCOMPARE(nextInOrder(order, QStringLiteral("c"), true), QString());
        QCOMPARE(nextInOrder(order, QStringLiteral("a"), false), QString());
        QCOMPARE(nextInOrder({}, QString(), true), QString());
    }
};

QTEST_MAIN(TestDiagramGeometry)
#include "tst_diagramgeometry.moc"
