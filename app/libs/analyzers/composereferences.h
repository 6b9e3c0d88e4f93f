#pragma once

// Internal to the core (yaml-cpp is linked privately).

#include "analyzers/composechecker.h"
#include "analyzers/composeyaml.h"

namespace DockPrep::ComposeReferences {

// What Compose checks across the file once each value has the right shape (compose-go's
// consistency checks): services that depend on, extend or share the network of services the
// file does not define, networks not declared at the top level, dependency cycles, services
// with nothing to run (no image, no build), keys that exclude each other, and healthcheck tests
// that do not start with CMD, CMD-SHELL or NONE.
void check(const std::vector<ComposeYaml::Entry> &topLevel, QList<ComposeFinding> &out);

} // namespace DockPrep::ComposeReferences
