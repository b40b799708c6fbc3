# Convenience targets; the README's two commands are scripts/run.sh and scripts/test.sh.
.PHONY: run test bench stress package package-smoke translations screenshots lint clean

PY := .venv/bin/python

run:
	scripts/run.sh --demo

test:
	scripts/test.sh

lint:
	scripts/bootstrap.sh --test
	.venv/bin/ruff check contiple_desktop tests main.py benchmarks
	.venv/bin/mypy
	.venv/bin/lint-imports

# Benchmarks print their figures (ratios measured within one run); nothing is asserted.
bench:
	scripts/bootstrap.sh --test
	@for b in benchmarks/bench_*.py; do \
	  echo "== $$b"; QT_QPA_PLATFORM=offscreen $(PY) $$b || exit 1; \
	done

# Stress scripts reproduce hostile conditions (loopback only, bounded) and print their figures.
stress:
	scripts/bootstrap.sh --test
	@for s in benchmarks/stress_*.py; do \
	  [ -e "$$s" ] || continue; \
	  echo "== $$s"; QT_QPA_PLATFORM=offscreen $(PY) $$s || exit 1; \
	done

package:
	scripts/package.sh

package-smoke:
	scripts/package_smoke.sh

translations:
	$(PY) -m contiple_desktop.i18n.build --update

# README screenshots (docs/screenshots/*.png) from the demo workspace in Korean, plus one in English.
screenshots:
	scripts/bootstrap.sh --test
	xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb $(PY) scripts/screenshots.py

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
