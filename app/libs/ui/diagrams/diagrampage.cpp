#include "ui/diagrams/diagrampage.h"

#include "ui/diagrams/diagramcanvas.h"
#include "ui/diagrams/diagraminfopanel.h"
#include "ui/diagrams/layersimulationpanel.h"
#include "ui/diagrams/stepbar.h"

#include "diagrams/diagramexport.h"

#include <QAction>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QSplitter>
#include <QSvgRenderer>
#include <QToolButton>
#include <QVBoxLayout>

namespace DockPrep {

namespace {

const QString layersDiagram = QStringLiteral("layers");

QToolButton *makeButton(const QString &text, const QString &accessibleName, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setAccessibleName(accessibleName);
    button->setToolTip(accessibleName);
    button->setAutoRaise(true);
    return button;
}

} // namespace

DiagramPage::DiagramPage(DiagramCatalog catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(std::move(catalog))
    , m_chooser(new QComboBox(this))
    , m_zoomLabel(new QLabel(this))
    , m_hoverLabel(new QLabel(this))
    , m_exportButton(makeButton(tr("Export…"), tr("Export the diagram as SVG or PNG"), this))
    , m_canvas(new DiagramCanvas(this))
    , m_panel(new DiagramInfoPanel(this))
    , m_steps(new StepBar(this))
    , m_simulation(new LayerSimulationPanel(this))
{
    setObjectName(QStringLiteral("diagramPage"));
    m_chooser->setAccessibleName(tr("Diagram"));
    m_chooser->setObjectName(QStringLiteral("diagramChooser"));
    for (const DiagramMetadata &diagram : m_catalog.diagrams())
        m_chooser->addItem(diagram.title, diagram.id);
    auto *chooserLabel = new QLabel(tr("&Diagram:"), this);
    chooserLabel->setBuddy(m_chooser);
    m_hoverLabel->setObjectName(QStringLiteral("hoverLabel"));
    m_hoverLabel->setAccessibleName(tr("Part under the pointer"));
    m_zoomLabel->setMinimumWidth(m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("400 %")));
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    m_canvas->setObjectName(QStringLiteral("diagramCanvas"));
    m_panel->hide();

    auto *zoomOut = makeButton(tr("−"), tr("Zoom out (Ctrl+-)"), this);
    auto *zoomIn = makeButton(tr("+"), tr("Zoom in (Ctrl+=)"), this);
    auto *fit = makeButton(tr("Fit"), tr("Fit to window (Ctrl+0)"), this);
    connect(zoomOut, &QToolButton::clicked, m_canvas, &DiagramCanvas::zoomOut);
    connect(zoomIn, &QToolButton::clicked, m_canvas, &DiagramCanvas::zoomIn);
    connect(fit, &QToolButton::clicked, m_canvas, &DiagramCanvas::fitToWindow);

    // One way to export, so a plain button: the file dialog's type list chooses SVG or PNG.
    m_exportButton->setObjectName(QStringLiteral("exportDiagram"));
    connect(m_exportButton, &QToolButton::clicked, this, &DiagramPage::exportInteractively);
    m_askExportFile = [this] {
        return QFileDialog::getSaveFileName(this, tr("Export diagram"), currentDiagram() + QStringLiteral(".svg"),
                                            tr("SVG drawing (*.svg);;PNG image (*.png)"));
    };

    auto *top = new QHBoxLayout;
    top->addWidget(chooserLabel);
    top->addWidget(m_chooser);
    top->addSpacing(12);
    top->addWidget(zoomOut);
    top->addWidget(m_zoomLabel);
    top->addWidget(zoomIn);
    top->addWidget(fit);
    top->addWidget(m_exportButton);
    top->addSpacing(12);
    top->addWidget(m_hoverLabel, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_canvas);
    split->addWidget(m_panel);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addWidget(m_steps);
    layout->addWidget(m_simulation);

    connect(m_chooser, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            showDiagram(m_chooser->itemData(index).toString());
    });
    connect(m_canvas, &DiagramCanvas::elementActivated, this, &DiagramPage::openElement);
    connect(m_canvas, &DiagramCanvas::elementHovered, this, [this](const QString &id) {
        const DiagramElement *element = m_canvas->diagram().element(id);
        m_hoverLabel->setText(element ? element->title : QString());
    });
    connect(m_canvas, &DiagramCanvas::zoomChanged, this, [this](qreal zoom) {
        m_zoomLabel->setText(tr("%1 %").arg(qRound(zoom * 100)));
    });
    connect(m_panel, &DiagramInfoPanel::closeRequested, this, &DiagramPage::closePanel);
    connect(m_panel, &DiagramInfoPanel::entryActivated, this, &DiagramPage::entryLinkActivated);
    connect(m_steps, &StepBar::activeElementsChanged, this, [this] { updateHighlights(); });
    connect(m_simulation, &LayerSimulationPanel::marksChanged, this, [this](const QHash<QString, QColor> &marks) {
        m_marks = marks;
        updateHighlights();
    });

    createActions();
    if (!m_catalog.diagrams().isEmpty())
        showDiagram(m_catalog.diagrams().first().id);
}

void DiagramPage::createActions()
{
    auto add = [this](const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(this);
        // The standard keys often equal ours (Ctrl+- is ZoomOut); a repeated one would be ambiguous.
        QList<QKeySequence> unique;
        for (const QKeySequence &key : keys) {
            if (!key.isEmpty() && !unique.contains(key))
                unique.append(key);
        }
        action->setShortcuts(unique);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    add({QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence::ZoomIn},
        [this] { m_canvas->zoomIn(); });
    add({QKeySequence(Qt::CTRL | Qt::Key_Minus), QKeySequence::ZoomOut}, [this] { m_canvas->zoomOut(); });
    add({QKeySequence(Qt::CTRL | Qt::Key_0)}, [this] { m_canvas->fitToWindow(); });
}

void DiagramPage::setQuestionIndex(DiagramQuestionIndex index)
{
    m_questions = std::move(index);
    if (m_panel->isVisible())
        openElement(m_panel->elementId());
}

QString DiagramPage::currentDiagram() const
{
    return m_canvas->diagram().id;
}

bool DiagramPage::showDiagram(const QString &diagramId)
{
    const DiagramMetadata *diagram = m_catalog.diagram(diagramId);
    if (!diagram)
        return false;
    if (diagram->id == currentDiagram())
        return true;
    {
        const QSignalBlocker blocker(m_chooser);
        m_chooser->setCurrentIndex(m_chooser->findData(diagram->id));
    }
    closePanel();
    m_marks.clear();
    if (!m_canvas->setDiagram(*diagram))
        m_hoverLabel->setText(tr("Cannot read the drawing %1").arg(diagram->svgFile));
    m_steps->setSequences(diagram->sequences);
    m_simulation->setVisible(diagram->id == layersDiagram);
    if (diagram->id == layersDiagram)
        m_simulation->reset();
    m_zoomLabel->setText(tr("%1 %").arg(qRound(m_canvas->zoom() * 100)));
    updateHighlights();
    return true;
}

bool DiagramPage::showElement(const QString &diagramId, const QString &elementId)
{
    if (!showDiagram(diagramId))
        return false;
    if (!m_canvas->diagram().element(elementId))
        return false;
    m_canvas->setFocusedElement(elementId);
    openElement(elementId);
    m_canvas->setFocus(Qt::OtherFocusReason);
    return true;
}

bool DiagramPage::showLink(const QString &link)
{
    const qsizetype hash = link.indexOf(QLatin1Char('#'));
    if (hash < 0)
        return showDiagram(link);
    return showElement(link.left(hash), link.mid(hash + 1));
}

void DiagramPage::openElement(const QString &elementId)
{
    const DiagramElement *element = m_canvas->diagram().element(elementId);
    if (!element)
        return;
    m_panel->showElement(*element, m_questions.questions(currentDiagram(), elementId));
    if (m_panel->isHidden()) {
        // The panel takes its width from the drawing, which keeps the zoom the user is looking
        // at: refitting would shrink it under the pointer. Closing the panel fits it again if it
        // was fitted before. A drawing not on screen yet (a link followed at start) still fits
        // the room the panel leaves.
        m_refitOnClose = m_canvas->isVisible() && m_canvas->fitsOnResize();
        if (m_canvas->isVisible())
            m_canvas->setFitsOnResize(false);
        m_panel->show();
    }
    m_canvas->setSelectedElement(elementId);
    Q_EMIT elementOpened(currentDiagram(), elementId, element->title);
}

void DiagramPage::closePanel()
{
    if (!m_panel->isHidden() && m_refitOnClose)
        m_canvas->setFitsOnResize(true);  // the resize the panel leaves behind fits it again
    m_panel->hide();
    m_canvas->setSelectedElement(QString());
    if (m_canvas->isVisible())
        m_canvas->setFocus(Qt::OtherFocusReason);
}

void DiagramPage::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_panel->isVisible()) {
        closePanel();
        return;
    }
    QWidget::keyPressEvent(event);
}

void DiagramPage::updateHighlights()
{
    m_canvas->setActiveElements(m_steps->isVisible() || m_steps->isStepping() ? m_steps->activeElements() : QStringList());
    m_canvas->setMarkedElements(m_marks);
}

QString DiagramPage::exportDiagram(const QString &fileName) const
{
    const DiagramMetadata &diagram = m_canvas->diagram();
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    QByteArray data;
    if (suffix == QLatin1String("svg")) {
        QFile source(diagram.svgFile);
        if (!source.open(QIODevice::ReadOnly))
            return tr("Cannot read the drawing %1: %2").arg(diagram.svgFile, source.errorString());
        data = svgForExport(source.readAll(), m_canvas->highlights(), m_canvas->geometry().viewBox());
        if (data.isEmpty())
            return tr("The drawing %1 is not a complete SVG file.").arg(diagram.svgFile);
    } else if (suffix == QLatin1String("png")) {
        // Twice the document size, so the picture stays sharp on high-density screens and slides.
        const QRectF box = m_canvas->geometry().viewBox();
        QImage image((box.size() * 2).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        m_canvas->renderer()->render(&painter, QRectF(QPointF(0, 0), box.size() * 2));
        QTransform toImage;
        toImage.scale(2, 2);
        toImage.translate(-box.x(), -box.y());
        m_canvas->paintHighlights(&painter, toImage, QRectF(image.rect()), false);
        painter.end();
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        if (!image.save(&buffer, "PNG"))
            return tr("Could not encode the PNG image.");
    } else {
        return tr("Choose a file name ending in .svg or .png.");
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return tr("Could not save %1: %2").arg(QDir::toNativeSeparators(fileName), file.errorString());
    return {};
}

void DiagramPage::exportInteractively()
{
    const QString fileName = m_askExportFile();
    if (fileName.isEmpty())
        return;
    const QString error = exportDiagram(fileName);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), error);
}

} // namespace DockPrep
