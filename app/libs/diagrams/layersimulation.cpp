#include "diagrams/layersimulation.h"

namespace DockPrep {

QStringList LayerChange::highlight() const
{
    switch (kind) {
    case Kind::Created:
    case Kind::ModifiedInUpper:
    case Kind::RemovedFromUpper:
        return {containerElement};
    case Kind::CopiedUp:
        return {fromLayer, QStringLiteral("copy-up"), containerElement};
    case Kind::WhitedOut:
        return {fromLayer, QStringLiteral("whiteout"), containerElement};
    case Kind::NotFound:
    case Kind::InvalidPath:
        break;
    }
    return {};
}

LayerSimulation::LayerSimulation(QList<ImageLayer> layers, QList<SimulatedContainer> containers)
    : m_layers(std::move(layers))
    , m_containers(std::move(containers))
{
}

LayerSimulation LayerSimulation::sample()
{
    QList<ImageLayer> layers{
        {QStringLiteral("layer-base"), QStringLiteral("layer 1 · FROM debian:bookworm-slim"),
         {{QStringLiteral("/bin/sh"), QStringLiteral("dash binary")},
          {QStringLiteral("/etc/os-release"), QStringLiteral("PRETTY_NAME=\"Debian GNU/Linux 12\"")},
          {QStringLiteral("/etc/passwd"), QStringLiteral("root:x:0:0")}}},
        {QStringLiteral("layer-packages"), QStringLiteral("layer 2 · RUN apt-get install -y python3"),
         {{QStringLiteral("/usr/bin/python3"), QStringLiteral("python3 binary")},
          {QStringLiteral("/etc/passwd"), QStringLiteral("root:x:0:0 + messagebus")}}},
        {QStringLiteral("layer-app"), QStringLiteral("layer 3 · COPY app.py config.ini /app/"),
         {{QStringLiteral("/app/app.py"), QStringLiteral("print('hello')")},
          {QStringLiteral("/app/config.ini"), QStringLiteral("debug = false")}}},
    };
    QList<SimulatedContainer> containers{
        {QStringLiteral("A"), QStringLiteral("writable-layer"), {}},
        {QStringLiteral("B"), QStringLiteral("writable-layer-b"), {}},
    };
    return LayerSimulation(std::move(layers), std::move(containers));
}

bool LayerSimulation::isValidPath(const QString &path)
{
    if (!path.startsWith(QLatin1Char('/')) || path.size() < 2 || path.endsWith(QLatin1Char('/')))
        return false;
    const QStringList parts = path.mid(1).split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return false;
    }
    return true;
}

int LayerSimulation::lowerLayerOf(const QString &path) const
{
    for (int i = int(m_layers.size()) - 1; i >= 0; --i) {
        if (m_layers.at(i).files.contains(path))
            return i;
    }
    return -1;
}

LayerChange LayerSimulation::writeFile(int containerIndex, const QString &path, const QString &content)
{
    LayerChange change;
    change.path = path;
    if (containerIndex < 0 || containerIndex >= m_containers.size() || !isValidPath(path))
        return change;
    SimulatedContainer &container = m_containers[containerIndex];
    change.containerElement = container.elementId;

    const auto existing = container.upper.find(path);
    if (existing != container.upper.end() && !existing->whiteout) {
        existing->content = content;
        change.kind = LayerChange::Kind::ModifiedInUpper;
        return change;
    }
    const int lower = lowerLayerOf(path);
    if (lower >= 0 && existing == container.upper.end()) {
        // Copy-up: the whole lower file lands in upperdir, then the write changes the copy.
        container.upper.insert(path, {content, false, true});
        change.kind = LayerChange::Kind::CopiedUp;
        change.fromLayer = m_layers.at(lower).id;
        return change;
    }
    // A brand-new name, or one a whiteout hides: creating it replaces the whiteout.
    container.upper.insert(path, {content, false, false});
    change.kind = LayerChange::Kind::Created;
    return change;
}

LayerChange LayerSimulation::deleteFile(int containerIndex, const QString &path)
{
    LayerChange change;
    change.path = path;
    if (containerIndex < 0 || containerIndex >= m_containers.size() || !isValidPath(path))
        return change;
    SimulatedContainer &container = m_containers[containerIndex];
    change.containerElement = container.elementId;

    const auto existing = container.upper.find(path);
    if (existing != container.upper.end() && existing->whiteout) {
        change.kind = LayerChange::Kind::NotFound;
        return change;
    }
    const int lower = lowerLayerOf(path);
    if (lower >= 0) {
        // The lower file cannot be removed; hide it. A copied-up version is replaced too.
        container.upper.insert(path, {QString(), true, false});
        change.kind = LayerChange::Kind::WhitedOut;
        change.fromLayer = m_layers.at(lower).id;
        return change;
    }
    if (existing != container.upper.end()) {
        container.upper.erase(existing);
        change.kind = LayerChange::Kind::RemovedFromUpper;
        return change;
    }
    change.kind = LayerChange::Kind::NotFound;
    return change;
}

QList<MergedFile> LayerSimulation::mergedView(int containerIndex) const
{
    QMap<QString, MergedFile> merged;
    for (const ImageLayer &layer : m_layers) {  // bottom first: upper layers overwrite
        for (auto it = layer.files.cbegin(); it != layer.files.cend(); ++it)
            merged.insert(it.key(), {it.key(), it.value(), layer.id});
    }
    if (containerIndex >= 0 && containerIndex < m_containers.size()) {
        const SimulatedContainer &container = m_containers.at(containerIndex);
        for (auto it = container.upper.cbegin(); it != container.upper.cend(); ++it) {
            if (it->whiteout)
                merged.remove(it.key());
            else
                merged.insert(it.key(), {it.key(), it->content, container.elementId});
        }
    }
    return merged.values();
}

QString LayerSimulation::read(int container, const QString &path) const
{
    for (const MergedFile &file : mergedView(container)) {
        if (file.path == path)
            return file.content.isNull() ? QStringLiteral("") : file.content;
    }
    return {};
}

void LayerSimulation::reset()
{
    for (SimulatedContainer &container : m_containers)
        container.upper.clear();
}

} // namespace DockPrep
