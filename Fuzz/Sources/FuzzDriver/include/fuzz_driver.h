#pragma once
#include <stddef.h>
#include <stdint.h>

/// Implemented in Swift (FuzzEntry.swift).
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
