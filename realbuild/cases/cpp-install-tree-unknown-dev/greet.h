int greet_threads(int wanted);
