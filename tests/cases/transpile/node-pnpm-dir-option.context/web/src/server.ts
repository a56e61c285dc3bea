import Fastify from "fastify";
