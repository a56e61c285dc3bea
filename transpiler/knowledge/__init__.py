"""What the transpiler knows about images and packages: runner images, base-image
facts, and the -dev -> runtime package maps per distribution release."""
