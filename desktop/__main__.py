from desktop.app import run

run()
