#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace DockPrep {

// A read-only image layer: the files one build step added or replaced.
struct ImageLayer {
    QString id;      // the element id in the layers diagram ("layer-base"…)
    QString title;
    QMap<QString, QString> files;  // path -> content
};

// An entry in a container's writable layer (overlayfs upperdir): a real file, or a whiteout, the
// 0/0 character device that hides a lower file of the same name.
struct UpperEntry {
    QString content;
    bool whiteout = false;
    bool copiedUp = false;  // this file started as a copy of a lower one
};

struct SimulatedContainer {
    QString name;       // "A", "B"
    QString elementId;  // its writable layer in the diagram
    QMap<QString, UpperEntry> upper;
};

// One file as the container sees it through the merged mount.
struct MergedFile {
    QString path;
    QString content;
    QString source;  // the layer id it comes from, or the container's elementId for upperdir
};

// What an operation did, so the page can say it and light up the right parts of the diagram.
struct LayerChange {
    enum class Kind {
        Created,           // a new file in upperdir
        CopiedUp,          // a lower file copied into upperdir, then changed
        ModifiedInUpper,   // a file already in upperdir changed in place
        WhitedOut,         // a lower file hidden by a whiteout in upperdir
        RemovedFromUpper,  // a file that only existed in upperdir deleted for real
        NotFound,          // deleting something the container cannot see
        InvalidPath,
    };
    Kind kind = Kind::InvalidPath;
    QString path;
    QString fromLayer;  // for CopiedUp and WhitedOut: the layer that held the file
    QStringList highlight() const;  // element ids to light up (needs the container's element id)
    QString containerElement;
};

// overlay2 in miniature: shared read-only image layers and one writable layer per container. Files
// only (no directories), which is enough to show copy-up, whiteouts and sharing.
class LayerSimulation
{
public:
    // `layers`: bottom first. One container per entry of `containers` (name, element id).
    LayerSimulation(QList<ImageLayer> layers, QList<SimulatedContainer> containers);
    // The image and the two containers drawn in diagrams/layers.svg.
    static LayerSimulation sample();

    const QList<ImageLayer> &layers() const { return m_layers; }
    int containerCount() const { return int(m_containers.size()); }
    const SimulatedContainer &container(int index) const { return m_containers.at(index); }

    // Writes `content` to `path` in a container: creates it, or copies it up first if it lives in
    // an image layer, or changes the upperdir copy.
    LayerChange writeFile(int container, const QString &path, const QString &content);
    LayerChange deleteFile(int container, const QString &path);

    // The container's merged view, sorted by path.
    QList<MergedFile> mergedView(int container) const;
    // The file as the container sees it; a null string when it does not exist or is whited out.
    QString read(int container, const QString &path) const;
    // Back to the image as built: every writable layer empty.
    void reset();

    // "/etc/passwd", "/app/x" are fine; relative paths, "..", "." and empty parts are not.
    static bool isValidPath(const QString &path);

private:
    // The topmost image layer holding `path`, or -1.
    int lowerLayerOf(const QString &path) const;

    QList<ImageLayer> m_layers;
    QList<SimulatedContainer> m_containers;
};

} // namespace DockPrep
