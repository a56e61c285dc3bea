import git
