"""The explain's note on a runner ENV whose variables were written out: the builder's
values of builder-only variables, or the empty value of an unset one (9ce3457d: the
`$xwnogcdh` inside a secret key is unset and empty in the original too, not a
builder-only variable)."""
from transpiler import transpile

BASE = ("FROM python:3.11\n"
        "ARG VERSION=1.2\n"
        "WORKDIR /app\n"
        "COPY requirements.txt .\n"
        "RUN pip install -r requirements.txt\n"
        "COPY . .\n"
        "{env}\n"
        'CMD ["python", "app.py"]\n')


def _notes(env):
    result = transpile(BASE.format(env=env))
    assert not result.report.declined, result.report.reason
    return [line for line in result.report.render().splitlines() if "ENV KEY:" in line], \
        result.output


def test_an_unset_variable_is_said_to_be_empty_as_in_the_original():
    notes, output = _notes('ENV KEY="a$undefinedname=b"')
    assert notes == ["  ENV KEY: $undefinedname written as the empty value it has in the "
                     "original's ENV (no instruction before it sets it)"], notes
    assert 'ENV KEY="a=b"' in output


def test_an_argument_the_runner_declares_again_is_kept():
    notes, output = _notes('ENV KEY="v$VERSION"')
    assert notes == [], notes
    assert 'ENV KEY="v$VERSION"' in output


def test_several_unset_variables_are_named_in_one_order_whatever_the_hash_seed():
    # (the names come from a set: listed in its order, the explain changed between runs
    # with PYTHONHASHSEED, 77ed420c and 9ce3457d)
    import os
    import subprocess
    import sys
    text = BASE.format(env='ENV KEY="$zz$bb$mm$aa"')
    code = ("from transpiler import transpile\n"
            f"r = transpile({text!r})\n"
            "print([l for l in r.report.render().splitlines() if 'ENV KEY:' in l])\n")
    seen = set()
    for seed in ("1", "2", "3", "4"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        seen.add(subprocess.run([sys.executable, "-c", code], env=env, check=True,
                                capture_output=True, text=True).stdout)
    assert len(seen) == 1, seen
    assert "$aa, $bb, $mm, $zz written as the empty value" in seen.pop()
