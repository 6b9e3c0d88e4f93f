#include "ui/diagrams/layersimulationpanel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace DockPrep {

namespace {

const QColor copyUpColor(217, 119, 6);
const QColor whiteoutColor(220, 38, 38);
const QColor upperColor(22, 163, 74);

} // namespace

LayerSimulationPanel::LayerSimulationPanel(QWidget *parent)
    : QWidget(parent)
    , m_simulation(LayerSimulation::sample())
    , m_container(new QComboBox(this))
    , m_path(new QComboBox(this))
    , m_content(new QLineEdit(this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("layerSimulation"));
    for (int i = 0; i < m_simulation.containerCount(); ++i)
        m_container->addItem(tr("Container %1").arg(m_simulation.container(i).name), i);
    m_container->setAccessibleName(tr("Container"));
    m_path->setEditable(true);
    m_path->setAccessibleName(tr("File path"));
    QStringList paths;
    for (const MergedFile &file : m_simulation.mergedView(0))
        paths.append(file.path);
    paths.append(QStringLiteral("/app/new.txt"));
    m_path->addItems(paths);
    m_path->setCurrentText(QStringLiteral("/etc/passwd"));
    m_content->setText(QStringLiteral("changed by the container"));
    m_content->setAccessibleName(tr("New content"));
    m_result->setObjectName(QStringLiteral("simulationResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setText(tr("Write or delete a file in a container to see copy-up and whiteouts."));

    auto *writeButton = new QPushButton(tr("Write file"), this);
    auto *deleteButton = new QPushButton(tr("Delete file"), this);
    auto *resetButton = new QPushButton(tr("Reset"), this);
    writeButton->setAccessibleName(tr("Write the file in the chosen container"));
    deleteButton->setAccessibleName(tr("Delete the file in the chosen container"));
    resetButton->setAccessibleName(tr("Reset both containers to the image"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Container:"), m_container);
    form->addRow(tr("&Path:"), m_path);
    form->addRow(tr("C&ontent:"), m_content);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(writeButton);
    buttons->addWidget(deleteButton);
    buttons->addWidget(resetButton);
    buttons->addStretch(1);

    auto *views = new QHBoxLayout;
    for (int i = 0; i < m_simulation.containerCount(); ++i) {
        auto *tree = new QTreeWidget(this);
        tree->setColumnCount(3);
        tree->setHeaderLabels({tr("Container %1").arg(m_simulation.container(i).name), tr("Content"), tr("From")});
        tree->setAccessibleName(tr("Files of container %1").arg(m_simulation.container(i).name));
        tree->setRootIsDecorated(true);
        tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
        views->addWidget(tree);
        m_views.append(tree);
    }

    auto *controls = new QVBoxLayout;
    controls->addLayout(form);
    controls->addLayout(buttons);
    controls->addWidget(m_result);
    controls->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls, 2);
    layout->addLayout(views, 5);

    connect(writeButton, &QPushButton::clicked, this, [this] {
        write(m_container->currentData().toInt(), m_path->currentText().trimmed(), m_content->text());
    });
    connect(deleteButton, &QPushButton::clicked, this, [this] {
        remove(m_container->currentData().toInt(), m_path->currentText().trimmed());
    });
    connect(resetButton, &QPushButton::clicked, this, &LayerSimulationPanel::reset);
    refreshViews(QString(), -1);
}

QString LayerSimulationPanel::resultText() const
{
    return m_result->text();
}

LayerChange LayerSimulationPanel::write(int container, const QString &path, const QString &content)
{
    const LayerChange change = m_simulation.writeFile(container, path, content);
    showChange(change, container);
    return change;
}

LayerChange LayerSimulationPanel::remove(int container, const QString &path)
{
    const LayerChange change = m_simulation.deleteFile(container, path);
    showChange(change, container);
    return change;
}

void LayerSimulationPanel::reset()
{
    m_simulation.reset();
    m_result->setText(tr("Both containers are back to the image as built."));
    refreshViews(QString(), -1);
    Q_EMIT marksChanged({});
}

void LayerSimulationPanel::showChange(const LayerChange &change, int container)
{
    const QString name = container >= 0 && container < m_simulation.containerCount() ? m_simulation.container(container).name
                                                                                    : QString();
    QString layerTitle;
    for (const ImageLayer &layer : m_simulation.layers()) {
        if (layer.id == change.fromLayer)
            layerTitle = layer.title;
    }
    QHash<QString, QColor> marks;
    switch (change.kind) {
    case LayerChange::Kind::Created:
        m_result->setText(tr("Created %1 in container %2's writable layer. The image is untouched.").arg(change.path, name));
        marks.insert(change.containerElement, upperColor);
        break;
    case LayerChange::Kind::CopiedUp:
        m_result->setText(tr("Copy-up: %1 came from %2. The whole file was copied into container %3's writable layer, "
                             "then changed there; the image layer still holds the original.")
                              .arg(change.path, layerTitle, name));
        marks.insert(change.fromLayer, copyUpColor);
        marks.insert(QStringLiteral("copy-up"), copyUpColor);
        marks.insert(change.containerElement, upperColor);
        break;
    case LayerChange::Kind::ModifiedInUpper:
        m_result->setText(tr("%1 was already in container %2's writable layer, so it changed in place: no copy.").arg(change.path, name));
        marks.insert(change.containerElement, upperColor);
        break;
    case LayerChange::Kind::WhitedOut:
        m_result->setText(tr("Whiteout: %1 lives in %2, which is read-only. A 0/0 character device now hides it in "
                             "container %3; the file still takes space in the image.")
                              .arg(change.path, layerTitle, name));
        marks.insert(change.fromLayer, whiteoutColor);
        marks.insert(QStringLiteral("whiteout"), whiteoutColor);
        marks.insert(change.containerElement, whiteoutColor);
        break;
    case LayerChange::Kind::RemovedFromUpper:
        m_result->setText(tr("%1 existed only in container %2's writable layer, so it was really deleted.").arg(change.path, name));
        marks.insert(change.containerElement, upperColor);
        break;
    case LayerChange::Kind::NotFound:
        m_result->setText(tr("Container %1 has no file %2.").arg(name, change.path));
        break;
    case LayerChange::Kind::InvalidPath:
        m_result->setText(tr("“%1” is not an absolute file path such as /etc/passwd.").arg(change.path));
        break;
    }
    refreshViews(change.path, container);
    Q_EMIT marksChanged(marks);
}

void LayerSimulationPanel::refreshViews(const QString &changedPath, int changedContainer)
{
    for (int i = 0; i < m_views.size(); ++i) {
        QTreeWidget *tree = m_views.at(i);
        const SimulatedContainer &container = m_simulation.container(i);
        tree->clear();
        auto *upper = new QTreeWidgetItem(tree, {tr("writable layer (upperdir)")});
        for (auto it = container.upper.cbegin(); it != container.upper.cend(); ++it) {
            const QString content = it->whiteout ? tr("c--------- 0,0 whiteout") : it->content;
            const QString from = it->whiteout ? tr("hides the lower file") : it->copiedUp ? tr("copied up") : tr("new");
            auto *item = new QTreeWidgetItem(upper, {it.key(), content, from});
            if (i == changedContainer && it.key() == changedPath) {
                QFont bold = item->font(0);
                bold.setBold(true);
                for (int column = 0; column < 3; ++column) {
                    item->setFont(column, bold);
                    item->setForeground(column, it->whiteout ? whiteoutColor : copyUpColor);
                }
            }
        }
        if (container.upper.isEmpty())
            new QTreeWidgetItem(upper, {tr("(empty)")});
        auto *merged = new QTreeWidgetItem(tree, {tr("merged view (what it sees)")});
        for (const MergedFile &file : m_simulation.mergedView(i)) {
            QString from = tr("upperdir");
            for (const ImageLayer &layer : m_simulation.layers()) {
                if (layer.id == file.source)
                    from = layer.title.section(QStringLiteral(" · "), 0, 0);  // "layer 2"
            }
            new QTreeWidgetItem(merged, {file.path, file.content, from});
        }
        tree->expandAll();
    }
}

} // namespace DockPrep
