#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the inbox's new-message chime (resources/sounds/chime.wav).

Two soft bell tones (A5 then E6) with their octave partials and an exponential decay;
0.45 s, 22,050 Hz, mono, 16-bit PCM. Only the standard library; the output is
deterministic, so re-running it reproduces the committed file byte for byte.
Usage: scripts/make-chime.py [output.wav]
"""
import math
import struct
import sys
import wave

RATE = 22050
LENGTH = 0.45
TONES = ((880.0, 0.0), (1318.51, 0.11))  # frequency in Hz, start in seconds
DECAY = 9.0  # per second
VOLUME = 0.45


def sample(t):
    value = 0.0
    for freq, start in TONES:
        if t < start:
            continue
        u = t - start
        attack = min(1.0, u / 0.004)  # 4 ms ramp: no click at the start
        envelope = attack * math.exp(-DECAY * u)
        value += envelope * (math.sin(2 * math.pi * freq * u) + 0.3 * math.sin(4 * math.pi * freq * u))
    fade = min(1.0, (LENGTH - t) / 0.02)  # 20 ms fade: no click at the end
    return VOLUME * value * fade / 1.3


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "resources/sounds/chime.wav"
    frames = bytearray()
    for i in range(int(RATE * LENGTH)):
        v = max(-1.0, min(1.0, sample(i / RATE)))
        frames += struct.pack("<h", int(round(v * 32767)))
    with wave.open(path, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(bytes(frames))


if __name__ == "__main__":
    main()
