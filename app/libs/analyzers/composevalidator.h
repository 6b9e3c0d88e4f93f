#pragma once

// Internal to the core (yaml-cpp is linked privately).

#include "analyzers/composechecker.h"
#include "analyzers/composeyaml.h"

namespace DockPrep::ComposeValidator {

// Walks the file against ComposeSpec's table of shapes: values of the wrong YAML shape
// (invalid-type), keys a mapping does not allow (unknown-key), and durations, sizes, ports,
// mounts and enumerations Compose cannot read (invalid-value). Messages name each value by its
// path ("services.web.ports").
void validate(const YAML::Node &root, QList<ComposeFinding> &out);

// Every value with a ${ that never closes: Compose interpolates all of them, and refuses the
// file at the first it cannot read.
void checkInterpolation(const YAML::Node &root, QList<ComposeFinding> &out);

} // namespace DockPrep::ComposeValidator
