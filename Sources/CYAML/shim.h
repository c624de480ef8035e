#ifndef METASTASIS_TUTOR_CYAML_SHIM_H
#define METASTASIS_TUTOR_CYAML_SHIM_H

// The system's libyaml (Debian: libyaml-dev), read through its event API only: lesson files
// are read event by event, so an anchor or alias is refused before anything expands.
#include <yaml.h>

#endif
