#pragma once

#include "diagrams/diagramcatalog.h"
#include "diagrams/diagramquestionindex.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QToolButton;

namespace DockPrep {

class DiagramCanvas;
class DiagramInfoPanel;
class LayerSimulationPanel;
class StepBar;

// The diagrams page: a chooser, the interactive drawing, the side panel for the element opened,
// step-through controls for sequences, the copy-on-write simulation for the layers diagram, and
// SVG/PNG export. Self-contained: the main window only wires entryLinkActivated and showElement.
class DiagramPage final : public QWidget
{
    Q_OBJECT
public:
    explicit DiagramPage(DiagramCatalog catalog, QWidget *parent = nullptr);

    // Which questions each element lists (computed from the curriculum's diagram links).
    void setQuestionIndex(DiagramQuestionIndex index);

    QString currentDiagram() const;
    DiagramCanvas *canvas() const { return m_canvas; }
    DiagramInfoPanel *infoPanel() const { return m_panel; }
    StepBar *stepBar() const { return m_steps; }
    LayerSimulationPanel *simulationPanel() const { return m_simulation; }
    QLabel *hoverLabel() const { return m_hoverLabel; }

    // Writes the current diagram with its highlight; the format follows the suffix (.svg or
    // .png). Returns an error message, empty on success.
    QString exportDiagram(const QString &fileName) const;
    // Asks where the Export button writes; defaults to a save dialog. Tests answer directly.
    void setExportFileQuestion(std::function<QString()> ask) { m_askExportFile = std::move(ask); }

public Q_SLOTS:
    bool showDiagram(const QString &diagramId);
    // Opens a diagram at one element with its panel, as the reader's diagram links do.
    bool showElement(const QString &diagramId, const QString &elementId);
    // "diagram#element", the form content links use.
    bool showLink(const QString &link);
    void openElement(const QString &elementId);
    void closePanel();

Q_SIGNALS:
    void entryLinkActivated(const QString &entryId);
    // An element's panel opened: notes and the window follow what the user is looking at.
    void elementOpened(const QString &diagramId, const QString &elementId, const QString &title);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void createActions();
    void exportInteractively();
    void updateHighlights();

    DiagramCatalog m_catalog;
    DiagramQuestionIndex m_questions;
    QComboBox *m_chooser;
    QLabel *m_zoomLabel;
    QLabel *m_hoverLabel;
    QToolButton *m_exportButton;
    DiagramCanvas *m_canvas;
    DiagramInfoPanel *m_panel;
    StepBar *m_steps;
    LayerSimulationPanel *m_simulation;
    QHash<QString, QColor> m_marks;
    bool m_refitOnClose = true;  // the drawing was fitted when the panel opened
    std::function<QString()> m_askExportFile;
};

} // namespace DockPrep
