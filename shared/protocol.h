#pragma once

// One include for everything in the protocol library.
#include "codec.h"
#include "discovery.h"
#include "errorcode.h"
#include "limits.h"
#include "messages.h"
#include "validation.h"
