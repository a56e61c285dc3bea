from ._sum import total
