#!/usr/bin/python3
"""Checks that emoji are drawn in colour: WITH.png and WITHOUT.png show the same screen, with and without
the emoji sheets. Where they differ (the emoji, and the text they push along), WITH must have colourful
pixels of at least two hues (red and green or blue: a flag, a strawberry), while WITHOUT has none there:
not a box or a dash in the text colour, not one tinted colour.
Usage: emoji_pixels.py WITH.png WITHOUT.png [MIN_PIXELS]"""
import colorsys
import sys

from PIL import Image, ImageChops


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    with_emoji = Image.open(sys.argv[1]).convert("RGB")
    without = Image.open(sys.argv[2]).convert("RGB")
    minimum = int(sys.argv[3]) if len(sys.argv) > 3 else 40
    if with_emoji.size != without.size:
        sys.exit(f"emoji_pixels: the screenshots differ in size: {with_emoji.size} and {without.size}")
    box = ImageChops.difference(with_emoji, without).getbbox()
    if box is None:
        sys.exit("emoji_pixels: the screenshots are the same: no emoji was drawn")

    def hues(image):
        counts = {"red": 0, "green": 0, "blue": 0, "yellow": 0}
        for r, g, b in image.crop(box).getdata():
            h, s, v = colorsys.rgb_to_hsv(r / 255, g / 255, b / 255)
            if s < 0.45 or v < 0.35:
                continue
            deg = h * 360
            name = "red" if deg < 20 or deg >= 330 else "yellow" if deg < 70 else "green" if deg < 170 else "blue" if deg < 260 else "red"
            counts[name] += 1
        return counts

    got, before = hues(with_emoji), hues(without)
    print(f"emoji_pixels: changed region {box}; colourful pixels with emoji {got}, without {before}")
    coloured = [name for name, n in got.items() if n - before[name] >= minimum]
    if len(coloured) < 2:
        sys.exit(f"emoji_pixels: fewer than two hues with {minimum}+ new colourful pixels: the emoji are not drawn in colour")


if __name__ == "__main__":
    main()
