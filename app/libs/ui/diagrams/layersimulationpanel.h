#pragma once

#include "diagrams/layersimulation.h"

#include <QColor>
#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace DockPrep {

// The copy-on-write playground beside the layers diagram: write, modify or delete a file in
// container A or B and see each writable layer and merged view change.
class LayerSimulationPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit LayerSimulationPanel(QWidget *parent = nullptr);

    const LayerSimulation &simulation() const { return m_simulation; }
    QString resultText() const;
    // Runs an operation as the buttons do (tests and keyboard users share this path).
    LayerChange write(int container, const QString &path, const QString &content);
    LayerChange remove(int container, const QString &path);
    void reset();

Q_SIGNALS:
    // Diagram elements to mark after an operation: id -> colour.
    void marksChanged(const QHash<QString, QColor> &marks);

private:
    void showChange(const LayerChange &change, int container);
    void refreshViews(const QString &changedPath, int changedContainer);

    LayerSimulation m_simulation;
    QComboBox *m_container;
    QComboBox *m_path;
    QLineEdit *m_content;
    QLabel *m_result;
    QList<QTreeWidget *> m_views;
};

} // namespace DockPrep
